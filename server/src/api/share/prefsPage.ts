import escapeHtml from 'escape-html';
import { type Notice, notice, type Vendor } from './planPage.ts';
import { shell } from './shell.ts';

const CHOICES = [
  ['daily', 'When something needs me', 'at most one email a day'],
  ['weekly', 'A weekly digest', 'one email a week at most'],
  ['none', 'No reminder emails', 'you can still open your plan from its link'],
] as const;

/** A customer's choice of plan reminders: daily, a weekly digest, or none. Nothing changes on GET. */
export function prefsPage(
  p: { firstName: string; vendor: Vendor; frequency: string },
  action: string,
  n: Notice = null,
) {
  const options = CHOICES.map(
    ([value, label, hint]) =>
      `<label><input type="radio" name="frequency" value="${value}"${p.frequency === value ? ' checked' : ''}> ${label} <span class="muted">(${hint})</span></label>`,
  ).join('');
  return shell(
    `Email preferences · ${p.vendor.name}`,
    p.vendor,
    null,
    `<div class="gate card"><h1>Plan reminders</h1>
<p>Hello ${escapeHtml(p.firstName)}, choose how ${escapeHtml(p.vendor.name)} reminds you of your steps in the plans it shares with you.</p>
${notice(n)}<form method="post" action="${escapeHtml(action)}"><fieldset><legend class="sr">How often</legend>${options}</fieldset>
<p><button type="submit">Save</button></p></form></div>`,
  );
}
