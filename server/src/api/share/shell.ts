import escapeHtml from 'escape-html';
import { SHARE_STYLE } from './style.ts';

type Vendor = { name: string; logo: string | null };

/** Only an image data: URL is ever put in the logo's src (the workspace setting checks it too). */
const safeLogo = (logo: string | null) =>
  logo && /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(logo) ? logo : null;

/** Every share page: the vendor's name and logo on top, the page, and a word on privacy. */
export function shell(
  title: string,
  vendor: Vendor | null,
  forWhom: string | null,
  body: string,
  opts: { shareFooter?: boolean } = {},
) {
  const logo = vendor ? safeLogo(vendor.logo) : null;
  const top = vendor
    ? `<header class="top">${logo ? `<img src="${logo}" alt="${escapeHtml(vendor.name)} logo">` : ''}
<div><div class="who">${escapeHtml(vendor.name)}</div>${forWhom ? `<div class="for">Shared plan for ${escapeHtml(forWhom)}</div>` : ''}</div></header>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex,nofollow"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title><style>${SHARE_STYLE}</style></head>
<body>${top}<main class="wrap">${body}</main>
${opts.shareFooter ? `<footer>This page was shared with you${vendor ? ` by ${escapeHtml(vendor.name)}` : ''}. Anyone with its address can open it, so please do not forward it.</footer>` : ''}
</body></html>`;
}

/** The same answer for unknown, revoked and expired links. */
export const gonePage = () =>
  shell(
    'Link not available',
    null,
    null,
    `<div class="gate card"><h1>This link is not available</h1>
<p>It may have expired or been turned off. Ask the person who sent it for a new one.</p></div>`,
  );

/** A form post over the size limit (a comment far longer than the box allows). */
export const tooLongPage = () =>
  shell(
    'Too much to send',
    null,
    null,
    `<div class="gate card"><h1>That was too much to send</h1>
<p>Go back, shorten what you wrote, and send it again.</p></div>`,
  );
