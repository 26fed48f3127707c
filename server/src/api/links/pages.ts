import escapeHtml from 'escape-html';

/**
 * The small public pages behind a resource's tracking link. No script, no app login, every
 * user-written text escaped; styles inline so the page is one request.
 */
const STYLE = `body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1f2430}
main{max-width:32rem;margin:8vh auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px #0002}
h1{font-size:1.3rem;margin:0 0 .25rem}p{color:#555}fieldset{border:0;padding:0;margin:1.25rem 0;display:flex;gap:.5rem;flex-wrap:wrap}
legend{font-weight:600;margin-bottom:.5rem}label.r{flex:1 1 3rem}label.r input{position:absolute;opacity:0}
label.r span{display:block;text-align:center;padding:.6rem 0;border:1px solid #ccd;border-radius:8px;cursor:pointer}
label.r input:checked+span{background:#3b5bdb;color:#fff;border-color:#3b5bdb}label.r input:focus-visible+span{outline:2px solid #3b5bdb;outline-offset:2px}
textarea{width:100%;box-sizing:border-box;min-height:5rem;border:1px solid #ccd;border-radius:8px;padding:.5rem;font:inherit}
button{margin-top:1rem;background:#3b5bdb;color:#fff;border:0;border-radius:8px;padding:.65rem 1.2rem;font:inherit;font-weight:600;cursor:pointer}
.scale{display:flex;justify-content:space-between;font-size:.8rem;color:#777}a{color:#3b5bdb}`;

const layout = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;

export function ratingPage(r: { title: string; url: string | null; action: string; error?: string }) {
  const options = [1, 2, 3, 4, 5]
    .map(
      (n) =>
        `<label class="r"><input type="radio" name="rating" value="${n}" required><span>${n}</span></label>`,
    )
    .join('');
  return layout(
    `Was this helpful? · ${r.title}`,
    `<h1>Was “${escapeHtml(r.title)}” helpful?</h1>
<p>Your answer goes to the team that looks after your account.</p>
${r.error ? `<p role="alert" style="color:#c92a2a">${escapeHtml(r.error)}</p>` : ''}
<form method="post" action="${escapeHtml(r.action)}">
<fieldset><legend>1 = not at all, 5 = very helpful</legend>${options}</fieldset>
<div class="scale"><span>Not at all</span><span>Very</span></div>
<p><label for="comment">Anything we should know? (optional)</label><br><textarea id="comment" name="comment" maxlength="2000"></textarea></p>
<button type="submit">Send</button>
</form>
${r.url ? `<p><a href="${escapeHtml(r.url)}" rel="noreferrer">Back to the resource</a></p>` : ''}`,
  );
}

export const thanksPage = (r: { title: string; url: string | null }) =>
  layout(
    'Thank you',
    `<h1>Thank you!</h1><p>Your rating of “${escapeHtml(r.title)}” was recorded.</p>${
      r.url ? `<p><a href="${escapeHtml(r.url)}" rel="noreferrer">Back to the resource</a></p>` : ''
    }`,
  );

export const notFoundPage = () =>
  layout('Link not found', '<h1>This link does not work</h1><p>It may have been mistyped or withdrawn.</p>');

export const noAddressPage = (r: { title: string; rateUrl: string }) =>
  layout(
    r.title,
    `<h1>${escapeHtml(r.title)}</h1><p>Thanks for using it. When you are done, tell us whether it helped.</p><p><a href="${escapeHtml(r.rateUrl)}">Rate it</a></p>`,
  );

/** A rating form over the size limit. */
export const tooLongPage = () =>
  layout(
    'Too much to send',
    '<h1>That was too much to send</h1><p>Go back, shorten your comment, and send it again.</p>',
  );
