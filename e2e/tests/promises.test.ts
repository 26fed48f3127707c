import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../lib/browser.ts';
import { createAccountInApp, setUpWorkspace } from '../lib/flows.ts';
import type { RunningServer } from '../lib/server.ts';
import { closeAppSession, openAppSession } from '../lib/session.ts';

/**
 * The promise ledger and the day's work end to end: sales hands a prospect over with the
 * promises that won it, the CSM keeps one and renegotiates another, the keeping rate counts
 * it, a task lands on "My work", and the calendar link serves it all as iCalendar.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
};

before(async () => {
  ({ server, browser, page, problems } = await openAppSession());
});

after(() => closeAppSession({ server, browser }));

test('sales hands a prospect over with its promises and success criteria', async () => {
  await setUpWorkspace(page, server.url, {
    workspace: 'Vandelay CS',
    name: 'Art Vandelay',
    email: 'art@vandelay.test',
  });
  await createAccountInApp(page, 'Kramerica');
  await page.getByRole('link', { name: 'Hand over from sales' }).click();
  await page.waitForURL(/\/handoff$/);
  await page
    .getByLabel(/What was sold/)
    .fill('120 seats for the support team; they want one view of every customer.');
  await page.getByLabel('Success criteria').fill('Cut first-response time by a third');
  await page.getByLabel('Promise 1', { exact: true }).fill('Zendesk integration live');
  await page.getByLabel('Kind of promise 1').selectOption('integration');
  await page.getByLabel('Due day of promise 1').fill(inDays(20));
  await page.getByRole('button', { name: 'Add a promise' }).click();
  await page.getByLabel('Promise 2', { exact: true }).fill('Admin training before launch');
  await page.getByLabel('Kind of promise 2').selectOption('date');
  await page.getByLabel('Due day of promise 2').fill(inDays(10));
  await page.getByLabel(/What was sold/).click();
  await screenshot(page, 'promises-01-handoff');
  await page.getByRole('button', { name: 'Hand over and make a customer' }).click();
  await page.waitForURL(/tab=promises/);
  await page.getByText('Still owed (2)').waitFor();
  await page.getByText('Onboarding', { exact: true }).first().waitFor();
  await screenshot(page, 'promises-02-account-ledger');
});

test('one promise is kept, another renegotiated with the reason in its history', async () => {
  const kept = page.getByTestId('promise-row').filter({ hasText: 'Admin training before launch' });
  await kept.getByRole('button', { name: 'Close' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close the promise' });
  await dialog.getByLabel('Evidence').fill('Training recording shared with all 6 admins');
  await dialog.getByRole('button', { name: 'Close promise' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Kept, late or broken (1)').waitFor();

  const moved = page.getByTestId('promise-row').filter({ hasText: 'Zendesk integration live' });
  await moved.getByRole('button', { name: /More for/ }).click();
  await page.getByRole('menuitem', { name: 'Renegotiate' }).click();
  const re = page.getByRole('dialog', { name: 'Renegotiate the promise' });
  await re.getByLabel('New due day').fill(inDays(40));
  await re.getByLabel(/What was agreed/).fill('Their Zendesk admin is out; agreed a new date with Cosmo');
  await re.getByRole('button', { name: 'Save new terms' }).click();
  await re.waitFor({ state: 'hidden' });
  await moved.getByText('Renegotiated').waitFor();
  await moved.getByRole('button', { name: /More for/ }).click();
  await page.getByRole('menuitem', { name: 'History' }).click();
  await moved.getByText(/agreed a new date with Cosmo/).waitFor();
  await screenshot(page, 'promises-03-renegotiated');

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByText('Sales hand-off').first().waitFor();
  await page.getByText('Promise renegotiated').first().waitFor();
});

test('the workspace ledger shows the keeping rate', async () => {
  await page.getByRole('link', { name: 'Promises' }).first().click();
  await page.waitForURL(/\/promises$/);
  await page.getByText('Keeping rate', { exact: true }).waitFor();
  await page
    .locator('label')
    .filter({ hasText: /^Kept$/ })
    .click();
  await page.getByText('Admin training before launch').waitFor();
  await screenshot(page, 'promises-04-ledger');
});

test('a task lands on My work, and the calendar link serves the day as iCalendar', async () => {
  await page.getByRole('link', { name: 'My work' }).click();
  await page.waitForURL(/\/my-work$/);
  await page.getByRole('button', { name: 'New task' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await dialog.getByLabel(/^Task/).fill('Send Kramerica the onboarding plan');
  await dialog.getByLabel('Due').fill(inDays(0));
  await dialog.getByLabel('Due').press('Tab');
  await dialog.getByRole('button', { name: 'Add task' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const row = page.getByTestId('task-row').filter({ hasText: 'Send Kramerica the onboarding plan' });
  await row.waitFor();

  await page.getByRole('button', { name: 'Get my calendar link' }).click();
  const link = await page.getByRole('textbox', { name: 'Calendar link' }).inputValue();
  assert.match(link, /\/cal\/[A-Za-z0-9_-]+\.ics$/);
  await screenshot(page, 'promises-05-my-work');
  const ics = await (await page.request.get(link.replace(/^https?:\/\/[^/]+/, server.url))).text();
  assert.match(ics, /BEGIN:VCALENDAR/);
  assert.match(ics, /SUMMARY:Promise due: Zendesk integration live \(Kramerica\)/);
  assert.match(ics, /SUMMARY:Task: Send Kramerica the onboarding plan/);

  await row.getByRole('checkbox').click();
  await row.waitFor({ state: 'detached' });
});

test('My work on a phone', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByRole('heading', { name: 'My work' }).waitFor();
  await screenshot(page, 'promises-06-my-work-phone');
  assert.deepEqual(problems, []);
});
