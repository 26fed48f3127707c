const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML email body. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** A plain, readable email: a paragraph per line and one call-to-action button. */
export function simpleEmailHtml(opts: {
  paragraphs: string[];
  action?: { label: string; url: string };
}): string {
  const body = opts.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const button = opts.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(opts.action.url)}" style="background:#1c7ed6;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(opts.action.label)}</a></p><p style="color:#666;font-size:13px">Or open this link: ${escapeHtml(opts.action.url)}</p>`
    : '';
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#222;max-width:560px;margin:24px auto;line-height:1.5">${body}${button}<p style="color:#999;font-size:12px">Sent by Trust Circle</p></body></html>`;
}
