import { createHash } from 'node:crypto';

/**
 * The share pages' only stylesheet, inline so a page is one request. Its hash goes into the
 * Content-Security-Policy, which then allows this style and nothing else: no scripts at all.
 */
export const SHARE_STYLE = `:root{--ink:#1f2430;--muted:#5c6370;--line:#e3e6eb;--bg:#f5f6f8;--brand:#3b5bdb;--ok:#2b8a3e;--warn:#e8590c;--bad:#c92a2a}
*{box-sizing:border-box}body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:var(--bg);color:var(--ink)}
a{color:var(--brand)}.wrap{max-width:56rem;margin:0 auto;padding:1rem}
header.top{display:flex;align-items:center;gap:.75rem;padding:.75rem 1rem;background:#fff;border-bottom:1px solid var(--line)}
header.top img{max-height:2.25rem;max-width:9rem}header.top .who{font-weight:600}header.top .for{color:var(--muted);font-size:.9rem}
h1{font-size:1.6rem;line-height:1.25;margin:1rem 0 .25rem}h2{font-size:1.15rem;margin:0}p.goal{color:var(--muted);margin:.25rem 0 1rem}
.card{background:#fff;border:1px solid var(--line);border-radius:12px;padding:1rem;margin:0 0 1rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}.spread{justify-content:space-between}
.chip{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.8rem;font-weight:600;border:1px solid var(--line);background:#fff}
.chip.on_track,.chip.done{background:#ebfbee;border-color:#b2f2bb;color:var(--ok)}.chip.at_risk,.chip.blocked{background:#fff4e6;border-color:#ffd8a8;color:var(--warn)}
.chip.stalled,.chip.late{background:#fff5f5;border-color:#ffc9c9;color:var(--bad)}.chip.you{background:#edf2ff;border-color:#bac8ff;color:var(--brand)}
progress{width:100%;height:.6rem;margin:.5rem 0;appearance:none;border:0;border-radius:999px;background:var(--line);overflow:hidden}
progress::-webkit-progress-bar{background:var(--line)}progress::-webkit-progress-value{background:var(--brand)}progress::-moz-progress-bar{background:var(--brand)}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem}.sides .card{margin:0}.side h3{margin:0 0 .25rem;font-size:1rem}
.big{font-size:1.8rem;font-weight:700}.muted{color:var(--muted);font-size:.9rem}
ul.tasks{list-style:none;margin:.75rem 0 0;padding:0}ul.tasks>li{border-top:1px solid var(--line);padding:.75rem 0}
.task-title{font-weight:600}.task-title.closed{text-decoration:line-through;color:var(--muted)}
.meta{display:flex;flex-wrap:wrap;gap:.4rem .9rem;font-size:.88rem;color:var(--muted);margin:.2rem 0}
.late-text{color:var(--bad);font-weight:600}
details{margin-top:.4rem}summary{cursor:pointer;color:var(--brand);font-size:.9rem;min-height:2rem;display:flex;align-items:center}
.comment{border-left:3px solid var(--line);padding:.1rem .6rem;margin:.4rem 0}.comment.customer{border-color:#bac8ff}
.comment .by{font-size:.8rem;color:var(--muted)}.comment p{margin:.1rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
form.inline{display:inline}label{display:block;font-size:.9rem;font-weight:600;margin:.5rem 0 .2rem}
input[type=text],input[type=email],textarea{width:100%;font:inherit;padding:.55rem .65rem;border:1px solid #c5cad3;border-radius:8px;background:#fff}
textarea{min-height:4.5rem}button{font:inherit;font-weight:600;border:0;border-radius:8px;padding:.55rem 1rem;background:var(--brand);color:#fff;cursor:pointer;min-height:2.5rem}
button.secondary{background:#fff;color:var(--brand);border:1px solid #bac8ff}button:focus-visible,input:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #91a7ff;outline-offset:2px}
.notice{border-radius:8px;padding:.6rem .8rem;margin:0 0 1rem}.notice.ok{background:#ebfbee;color:var(--ok)}.notice.error{background:#fff5f5;color:var(--bad)}
fieldset.stars{border:0;padding:0;margin:.5rem 0;display:flex;gap:.4rem;flex-wrap:wrap}fieldset.stars legend{font-weight:600;font-size:.9rem;margin-bottom:.3rem}
fieldset.stars label{margin:0;font-weight:400}fieldset.stars input{position:absolute;opacity:0}
fieldset.stars span{display:inline-block;min-width:2.6rem;text-align:center;padding:.45rem 0;border:1px solid #c5cad3;border-radius:8px;cursor:pointer}
fieldset.stars input:checked+span{background:var(--brand);color:#fff;border-color:var(--brand)}fieldset.stars input:focus-visible+span{outline:3px solid #91a7ff}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:2rem 1rem}
.gate{max-width:28rem;margin:8vh auto}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media (max-width:40rem){h1{font-size:1.3rem}.big{font-size:1.4rem}.wrap{padding:.75rem}}`;

const styleHash = createHash('sha256').update(SHARE_STYLE).digest('base64');

/** Nothing loads but this page, its own style and the vendor's inline logo; forms post only here. */
export const SHARE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
