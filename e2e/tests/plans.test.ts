import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, screenshot as fullShot } from '../lib/browser.ts';
import { createAccountInApp, setUpWorkspace } from '../lib/flows.ts';
import type { RunningServer } from '../lib/server.ts';
import { closeAppSession, openAppSession } from '../lib/session.ts';

/**
 * A mutual action plan end to end, on the team's side: a CSM starts a plan from the account,
 * adds milestones and tasks for both sides (one late already, one that waits for it), marks a
 * task done and watches both sides' figures move, comments, completes a milestone, and exports
 * the plan as CSV. The customer's side (share links) has its own test.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];
let accountId = '';
let planUrl = '';

/** A day relative to today as the date inputs take it ("Mar 4, 2026"). */
const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
};

before(async () => {
  ({ server, browser, page, problems } = await openAppSession());
});

after(() => closeAppSession({ server, browser }));

test('a CSM starts a plan from the account page', async () => {
  await setUpWorkspace(page, server.url, {
    workspace: 'Chotchkies CS',
    name: 'Joanna Pitch',
    email: 'joanna@chotchkies.test',
  });
  accountId = await createAccountInApp(page, 'Initech');
  // The customer's person who will own their tasks.
  const contact = await page.request.post(`${server.url}/api/v1/contacts`, {
    headers: { origin: server.url },
    data: { accountId, firstName: 'Peter', lastName: 'Gibbons', title: 'IT lead' },
  });
  assert.equal(contact.status(), 201, await contact.text());

  await page.getByRole('tab', { name: 'Plans' }).click();
  await page.getByText('No plans yet').waitFor();
  await page.getByRole('button', { name: 'New plan' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel(/^Title/).fill('Initech onboarding');
  await dialog.getByLabel('Kind').selectOption('onboarding');
  await dialog
    .getByLabel(/^Goal/)
    .fill('Every support agent works in one view, with SSO, by the Q3 kickoff.');
  await dialog.getByRole('textbox', { name: 'Start' }).fill(inDays(-10));
  await dialog.getByLabel(/^Title/).click();
  await screenshot(page, 'plans-01-new-plan');
  await dialog.getByRole('button', { name: 'Start plan' }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
  planUrl = page.url();
  await page.getByRole('heading', { name: 'Initech onboarding' }).waitFor();
  await page.getByText('An empty plan').waitFor();
});

test('milestones and tasks on both sides, one late and one waiting for it', async () => {
  await page.getByRole('button', { name: 'Add milestone' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a milestone' });
  await dialog.getByLabel(/^Milestone/).fill('Set-up');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Add milestone' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a milestone' });
  await dialog.getByLabel(/^Milestone/).fill('Contract countersigned');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Ours: the kickoff call, due three days ago and not done.
  await page.getByRole('button', { name: 'Add a task to Set-up' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a task' });
  await dialog.getByLabel(/^Task/).fill('Kickoff call');
  await dialog.getByText('On a date', { exact: true }).click();
  await dialog.getByLabel(/^Due date/).fill(inDays(-3));
  await dialog.getByLabel(/^Task/).click();
  await dialog.getByRole('button', { name: 'Add task' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Theirs: SSO, two days after the kickoff, once the kickoff is done.
  await page.getByRole('button', { name: 'Add a task to Set-up' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a task' });
  await dialog.getByLabel(/^Task/).fill('Configure SSO');
  await dialog.getByText('Customer', { exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Owner' }).click();
  await page.getByRole('option', { name: /Peter Gibbons/ }).click();
  await dialog.getByText('After a task', { exact: true }).click();
  await dialog.getByLabel('Days after').fill('2');
  await dialog.getByRole('combobox', { name: 'After the task' }).click();
  await page.getByRole('option', { name: 'Kickoff call' }).click();
  await dialog.getByRole('combobox', { name: 'Waits for' }).click();
  await page.getByRole('option', { name: 'Kickoff call' }).click();
  await dialog.getByLabel(/^Task/).click();
  await screenshot(page, 'plans-02-task-form');
  await dialog.getByRole('button', { name: 'Add task' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Internal: never shown to the customer.
  await page.getByRole('button', { name: 'Add task' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a task' });
  await dialog.getByLabel(/^Task/).fill('Check their seat count against the contract');
  await dialog.getByLabel('Milestone').selectOption({ label: 'Set-up' });
  await dialog.getByText('After start', { exact: true }).click();
  await dialog.getByLabel('Days after').fill('20');
  await dialog.getByRole('switch', { name: /Internal/ }).check();
  await dialog.getByRole('button', { name: 'Add task' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const kickoff = page.getByTestId('plan-task').filter({ hasText: 'Kickoff call' });
  await kickoff.getByText('Overdue by 3 days').waitFor();
  const sso = page.getByTestId('plan-task').filter({ hasText: 'Configure SSO' });
  await sso.getByText('Waiting on “Kickoff call”').waitFor();
  await sso.getByText('Peter Gibbons').waitFor();
  await sso.getByText(/2 days after “Kickoff call”/).waitFor();
  const internal = page.getByTestId('plan-task').filter({ hasText: 'seat count' });
  await internal.getByText('Internal — hidden from the customer').waitFor();
  await internal.getByText(/20 days after start/).waitFor();
  // A locked task cannot be started or finished.
  const ssoStatus = sso.getByLabel('Status of “Configure SSO”');
  assert.equal(await ssoStatus.locator('option[value="done"]').isDisabled(), true);

  await page
    .getByTestId('health-explained')
    .getByText(/At risk: one of our tasks, “Kickoff call”, is 3 days overdue/)
    .waitFor();
  const ours = page.getByTestId('accountability').getByRole('group', { name: 'Our team' });
  await ours.getByText('1', { exact: true }).first().waitFor();
  await screenshot(page, 'plans-03-plan-at-risk');
});

test('the customer’s step counts from the day our late task was done', async () => {
  const kickoff = page.getByTestId('plan-task').filter({ hasText: 'Kickoff call' });
  await kickoff.getByLabel('Status of “Kickoff call”').selectOption('done');
  await kickoff.getByText(/Done [A-Z][a-z]{2} \d+, \d{4}/).waitFor();
  const sso = page.getByTestId('plan-task').filter({ hasText: 'Configure SSO' });
  await sso.getByText('Waiting on').waitFor({ state: 'detached' });
  // Due "2 days after the kickoff": the kickoff was done today, three days late, so the
  // customer has their two days from today and nothing is held against them.
  await sso.getByText(/Overdue by/).waitFor({ state: 'detached' });
  await page
    .getByTestId('health-explained')
    .getByText(/On track: nothing shared with the customer is overdue/)
    .waitFor();
  // Ours: done late, so 0% on time and nothing overdue; theirs: nothing came due yet.
  const figures = page.getByTestId('accountability');
  const ours = figures.getByRole('group', { name: 'Our team' });
  const theirs = figures.getByRole('group', { name: 'The customer' });
  await ours.getByText('0%').waitFor();
  assert.deepEqual(await figureValues(ours), ['0%', '0', '0']);
  assert.deepEqual(await figureValues(theirs), ['—', '0', '0']);

  // A comment on the customer's task.
  await sso.getByRole('button', { name: 'Comments' }).click();
  await sso.getByLabel('New comment').fill('Peter: the metadata URL is in the admin guide, page 4.');
  await sso.getByRole('button', { name: 'Comment', exact: true }).click();
  await sso
    .getByTestId('task-comments')
    .getByText(/metadata URL/)
    .waitFor();
  await sso.getByTestId('task-comments').getByText('Joanna Pitch').waitFor();

  // A milestone with no tasks is completed by hand.
  await page.getByRole('button', { name: 'More for the milestone Contract countersigned' }).click();
  await page.getByRole('menuitem', { name: 'Mark complete' }).click();
  await page
    .getByRole('region', { name: 'Contract countersigned' })
    .getByText(/^Completed/)
    .waitFor();
  await screenshot(page, 'plans-04-after-done');
});

test('the plan exports as CSV, one row per task', async () => {
  const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
  assert.ok(href);
  const res = await page.request.get(`${server.url}${href}`);
  assert.equal(res.status(), 200);
  assert.match(res.headers()['content-disposition'] ?? '', /attachment; filename="initech-onboarding\.csv"/);
  const lines = (await res.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.equal(lines[0], 'Milestone,Task,Side,Owner,Due,Status,Done on,Days overdue,Internal');
  assert.equal(lines.length, 4);
  assert.match(
    lines[1] ?? '',
    /^Set-up,Kickoff call,Vendor,Joanna Pitch,\d{4}-\d{2}-\d{2},Done,\d{4}-\d{2}-\d{2},0,no$/,
  );
  assert.match(lines[2] ?? '', /^Set-up,Configure SSO,Customer,Peter Gibbons,[\d-]+,Not started,,0,no$/);
  assert.match(lines[3] ?? '', /^Set-up,Check their seat count against the contract,Vendor,.*,yes$/);

  // The button downloads the same file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'Initech onboarding.csv');
});

test('the account lists the plan with its health, progress and both sides’ figures', async () => {
  await page.goto(`${server.url}/accounts/${accountId}?tab=plans`);
  const card = page.getByTestId('plan-card').filter({ hasText: 'Initech onboarding' });
  await card.getByText('1 of 3 tasks done').waitFor();
  await card.getByText('On track').waitFor();
  await card.getByText('Onboarding', { exact: true }).waitFor();
  const ours = page.getByTestId('accountability').getByRole('group', { name: 'Our team' });
  assert.deepEqual(await figureValues(ours), ['0%', '0', '0']);
  await screenshot(page, 'plans-05-account-tab');
});

test('a plan starts from one of the workspace templates', async () => {
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByText('Start from template', { exact: true }).click();
  const template = dialog.getByRole('combobox', { name: 'Template' });
  const first = await template.locator('option:not([value=""])').first().getAttribute('value');
  assert.ok(first, 'a new workspace has starter templates');
  await template.selectOption(first);
  await screenshot(page, 'plans-08-from-template');
  await dialog.getByRole('button', { name: 'Start plan' }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
  assert.notEqual(page.url(), planUrl);
  await page.getByTestId('milestone').first().waitFor();
  assert.ok((await page.getByTestId('plan-task').count()) > 0, 'the template brought its tasks');
});

test('sharing: a new link is shown once, the customer acts, and the link is revoked', async () => {
  await page.goto(planUrl);
  await page.getByRole('button', { name: 'Share with customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with the customer' });
  await dialog.getByText('Customer activity').waitFor();
  await dialog.getByText('No links yet: the plan is not shared.').waitFor();
  await dialog.getByRole('textbox', { name: 'For' }).fill('Initech project team');
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const url = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  assert.match(url, /\/s\/[A-Za-z0-9_-]{20,}/);
  await dialog.getByText(/shown only once/).waitFor();
  await dialog.getByRole('button', { name: 'Copy' }).waitFor();
  // The dialog covers the viewport only: a full-page picture would cut its backdrop in half.
  await page.screenshot({ path: path.join(ARTIFACTS, 'plans-06-share.png') });
  await dialog.getByRole('button', { name: 'I have copied it' }).click();
  await dialog.getByRole('textbox', { name: 'Share link' }).waitFor({ state: 'detached' });
  await dialog.getByRole('button', { name: 'Close dialog' }).click();

  // The customer rates the completed milestone from their page (a form post, as their browser
  // sends it); the team sees the rating on the milestone and the visit in the customer activity.
  const planId = planUrl.split('/').pop();
  const plan = await (await page.request.get(`${server.url}/api/v1/plans/${planId}`)).json();
  const signed = plan.milestones.find((m: { title: string }) => m.title === 'Contract countersigned');
  const rated = await page.request.post(`${url}/milestones/${signed.id}/rating`, {
    form: { rating: '4', comment: 'Quick and painless.' },
    maxRedirects: 0,
  });
  assert.equal(rated.status(), 303, await rated.text());
  await page.reload();
  const rating = page.getByRole('region', { name: 'Contract countersigned' }).getByTestId('milestone-rating');
  await rating.getByText('“Quick and painless.”').waitFor();
  await rating.getByLabel('Rated 4 out of 5').waitFor();
  await page.getByRole('button', { name: 'Share with customer' }).click();
  await dialog.getByTestId('share-activity').getByText('rated a milestone').waitFor();
  const link = dialog.getByTestId('share-link').filter({ hasText: 'Initech project team' });
  await link.getByText('Active', { exact: true }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'plans-09-share-activity.png') });
  await link.getByRole('button', { name: 'Revoke' }).click();
  await page
    .getByRole('dialog', { name: 'Revoke this link?' })
    .getByRole('button', { name: 'Revoke link' })
    .click();
  await link.getByText('Revoked', { exact: true }).waitFor();
  await dialog.getByRole('button', { name: 'Close dialog' }).click();
});

test('the plan on a phone', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(planUrl);
  await page.getByRole('heading', { name: 'Initech onboarding' }).waitFor();
  await page.getByText('Configure SSO').first().waitFor();
  await screenshot(page, 'plans-07-phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  assert.deepEqual(problems, []);
});

/** A full-page screenshot from the top, so the sticky header stays where it belongs. */
async function screenshot(p: Page, name: string) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await fullShot(p, name);
}

/** The three figures of one side: on-time rate, overdue tasks, days overdue. */
async function figureValues(side: ReturnType<Page['getByRole']>) {
  return side.getByTestId('figure-value').allInnerTexts();
}
