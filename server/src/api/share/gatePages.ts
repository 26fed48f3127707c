import escapeHtml from 'escape-html';
import { type Notice, notice, type Vendor } from './planPage.ts';
import { shell } from './shell.ts';

/** Step one of a code-protected link: the visitor gives their work email. */
export function emailPage(vendor: Vendor, base: string, n: Notice = null) {
  return shell(
    `Open your plan · ${vendor.name}`,
    vendor,
    null,
    `<div class="gate card"><h1>Open your shared plan</h1>
<p>${escapeHtml(vendor.name)} shared this plan with your team. Enter your work email and we will send you a six-digit code.</p>
${notice(n)}<form method="post" action="${base}/code">
<label for="email">Work email</label><input type="email" id="email" name="email" required maxlength="254" autocomplete="email">
<p><button type="submit">Email me a code</button></p></form></div>`,
  );
}

/** Step two: the code from the email. The address rides along so the visitor types it once. */
export function codePage(vendor: Vendor, base: string, email: string, n: Notice = null) {
  return shell(
    `Enter your code · ${vendor.name}`,
    vendor,
    null,
    `<div class="gate card"><h1>Check your email</h1>
<p>If ${escapeHtml(email)} is on file for your team, a code is on its way. It works for 15 minutes.</p>
${notice(n)}<form method="post" action="${base}/verify"><input type="hidden" name="email" value="${escapeHtml(email)}">
<label for="code">Six-digit code</label><input type="text" id="code" name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code">
<p><button type="submit">Open the plan</button></p></form>
<form method="post" action="${base}/code"><input type="hidden" name="email" value="${escapeHtml(email)}"><button class="secondary" type="submit">Send a new code</button></form></div>`,
  );
}
