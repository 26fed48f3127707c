import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from '../lib/browser.ts';
import { createAccountInApp, setUpWorkspace } from '../lib/flows.ts';
import type { RunningServer } from '../lib/server.ts';
import { closeAppSession, openAppSession } from '../lib/session.ts';

/**
 * A mutual action plan played by both sides: a CSM starts a plan from a template and shares
 * it; the customer opens the link in a browser of their own (no login), finishes their step
 * and comments; the CSM sees both, and both sides' figures agree.
 */
let server: RunningServer;
let browser: Browser;
let team: Page;
let customerContext: BrowserContext;
let customer: Page;
let problems: string[];
let planUrl = '';
let shareUrl = '';

before(async () => {
  ({ server, browser, page: team, problems } = await openAppSession());
  // The customer is someone else on another machine: a separate context shares no cookies.
  customerContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  customer = await customerContext.newPage();
  customer.setDefaultTimeout(15_000);
});

after(() => closeAppSession({ server, browser }));

/** A task's row, by its status control's exact name (another row may mention it as "waiting on"). */
const task = (page: Page, title: string) =>
  page.getByTestId('plan-task').filter({ has: page.getByRole('combobox', { name: `Status of “${title}”` }) });

/** A step on the share page, by its own title. */
const shared = (page: Page, title: string) =>
  page.locator('li', { has: page.locator('.task-title', { hasText: title }) });

test('the CSM starts an onboarding plan from a template and shares it', async () => {
  await setUpWorkspace(team, server.url, {
    workspace: 'Bluth Success',
    name: 'Michael Bluth',
    email: 'michael@bluth.test',
  });
  const accountId = await createAccountInApp(team, 'Sitwell Enterprises');
  const contact = await team.request.post(`${server.url}/api/v1/contacts`, {
    headers: { origin: server.url },
    data: { accountId, firstName: 'Stan', lastName: 'Sitwell', email: 'stan@sitwell.test' },
  });
  assert.equal(contact.status(), 201, await contact.text());

  await team.getByRole('tab', { name: 'Plans' }).click();
  await team.getByRole('button', { name: 'New plan' }).first().click();
  const dialog = team.getByRole('dialog', { name: 'New plan' });
  await dialog.getByText('Start from template', { exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Onboarding plan' });
  await dialog.getByRole('button', { name: 'Start plan' }).click();
  await team.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
  planUrl = team.url();
  for (const title of ['Review the sales hand-off: promises made and success criteria', 'Kickoff call']) {
    const row = task(team, title);
    await row.getByRole('combobox', { name: `Status of “${title}”` }).selectOption('done');
    await row.getByText(/Done [A-Z][a-z]{2} \d+, \d{4}/).waitFor();
  }

  await team.getByRole('button', { name: 'Share with customer' }).click();
  const share = team.getByRole('dialog', { name: 'Share with the customer' });
  await share.getByRole('textbox', { name: 'For' }).fill('Sitwell project team');
  await share.getByRole('button', { name: 'Create link' }).click();
  shareUrl = await share.getByRole('textbox', { name: 'Share link' }).inputValue();
  assert.match(shareUrl, /\/s\/[A-Za-z0-9_-]{43}$/);
  await screenshot(team, 'share-01-link-created');
  await team.keyboard.press('Escape');
});

test('the customer opens the link without a login, finishes their step and comments', async () => {
  const res = await customer.goto(shareUrl);
  assert.equal(res?.status(), 200);
  assert.equal(res?.headers()['referrer-policy'], 'no-referrer');
  assert.match(res?.headers()['content-security-policy'] ?? '', /default-src 'none'/);
  await customer.getByRole('heading', { name: 'Onboarding' }).first().waitFor();
  await customer.getByText('Bluth Success', { exact: true }).first().waitFor();
  await customer.getByRole('heading', { name: 'Mutual accountability' }).waitFor();
  await screenshot(customer, 'share-02-customer-opens');

  const step = shared(customer, 'Name your project lead and your admins');
  await step.getByRole('button', { name: 'Mark done' }).click();
  await customer.getByRole('status').getByText('Marked done. Thank you!').waitFor();
  await step.getByRole('button', { name: 'Not done after all' }).waitFor();

  await step.getByText(/^Comments \(0\)/).click();
  await step.getByLabel('Add a comment').fill('Stan leads; Kitty and Gob are our admins.');
  await step.getByRole('button', { name: 'Send comment' }).click();
  await customer.getByRole('status').getByText('Your comment was sent.').waitFor();
  await step.getByText(/^Comments \(1\)/).click();
  await step.getByText('Kitty and Gob are our admins').waitFor();
  await screenshot(customer, 'share-03-customer-done');

  // The next step (theirs) now waits on ours, and the page says so.
  const setup = shared(customer, 'Technical setup: connect your data and single sign-on');
  await setup.getByText(/Waiting on/).waitFor({ state: 'detached' });
});

test('the CSM sees what the customer did, and both sides show the same figures', async () => {
  await team.goto(planUrl);
  const step = task(team, 'Name your project lead and your admins');
  await step.getByText(/Done [A-Z][a-z]{2} \d+, \d{4}/).waitFor();
  await step.getByRole('button', { name: 'Comments' }).click();
  await step
    .getByTestId('task-comments')
    .getByText(/Kitty and Gob/)
    .waitFor();

  await team.getByRole('button', { name: 'Share with customer' }).click();
  const share = team.getByRole('dialog', { name: 'Share with the customer' });
  await share.getByText(/marked a task done: Name your project lead/).waitFor();
  await share.getByText(/commented: Stan leads/).waitFor();
  await screenshot(team, 'share-04-team-sees-activity');
  await team.keyboard.press('Escape');

  const api = await team.request.get(
    `${server.url}/api/v1/plans/${planUrl.split('/').at(-1)}/accountability`,
  );
  const figures = (await api.json()) as { customer: { due: number; doneOnTime: number }; health: string };
  const page = await (await customer.request.get(shareUrl)).text();
  const onTime =
    figures.customer.due === 0
      ? '—'
      : `${Math.round((figures.customer.doneOnTime / figures.customer.due) * 100)}%`;
  assert.ok(page.includes(`<div class="big">${onTime}</div>`), `the share page shows ${onTime} too`);
  assert.deepEqual(problems, []);
});

test('a revoked link stops working at once', async () => {
  await team.getByRole('button', { name: 'Share with customer' }).click();
  const share = team.getByRole('dialog', { name: 'Share with the customer' });
  await share.getByRole('button', { name: 'Revoke' }).first().click();
  await team
    .getByRole('dialog', { name: 'Revoke this link?' })
    .getByRole('button', { name: 'Revoke link' })
    .click();
  await share.getByText('Revoked', { exact: true }).first().waitFor();
  const res = await customer.goto(shareUrl);
  assert.equal(res?.status(), 404);
  await customer.getByText('This link is not available').waitFor();
});
