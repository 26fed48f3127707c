import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { screenshot } from '../lib/browser.ts';
import { setUpWorkspace } from '../lib/flows.ts';
import type { RunningServer } from '../lib/server.ts';
import { closeAppSession, openAppSession } from '../lib/session.ts';

/**
 * Lifecycle rules in settings: the defaults a new workspace starts with, a preview of which
 * accounts a rule would move and why, switching a rule on and applying it, adding, editing and
 * deleting a rule, and the move on the account's history with the rule's name as its reason.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

const RENEWAL_RULE = 'Renewal starts 90 days before the renewal date → Renewal';
const card = (text: string): Locator =>
  page.locator('.mantine-Paper-root').filter({ has: page.getByText(text, { exact: true }) });

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
/** A day the way reasons read it: "Dec 30, 2026". */
const readable = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

before(async () => {
  ({ server, browser, page, problems } = await openAppSession());
});

after(() => closeAppSession({ server, browser }));

test('a new workspace starts with the two default rules, switched off', async () => {
  await setUpWorkspace(page, server.url, {
    workspace: 'Rules Inc',
    name: 'Rita Rules',
    email: 'rita@rules.test',
  });
  // Two customers through the API, as the signed-in admin (the session cookie, from our origin).
  const post = async (data: object) => {
    const r = await page.request.post(`${server.url}/api/v1/accounts`, {
      data,
      headers: { origin: server.url },
    });
    assert.equal(r.status(), 201, await r.text());
    return (await r.json()) as { id: string };
  };
  const created = (await post({ name: 'Renewing Soon', stage: 'customer', renewalDate: inDays(30) })).id;
  await post({ name: 'Fresh Start', stage: 'customer' });
  assert.match(created, /^[0-9a-f-]{36}$/);

  await page.goto(`${server.url}/settings/lifecycle-rules`);
  await page.getByRole('heading', { name: 'Lifecycle rules' }).waitFor();
  await page.getByText('Onboarding ends after 60 days → Adoption', { exact: true }).waitFor();
  await page.getByText(RENEWAL_RULE, { exact: true }).waitFor();
  assert.equal(await page.locator('input[role=switch]:not(:checked)').count(), 2, 'both off');
  await screenshot(page, 'rules-01-defaults');
});

test('the preview says which accounts would move and why, and moves nothing', async () => {
  const renewal = card(RENEWAL_RULE);
  await renewal.getByRole('button', { name: 'Preview' }).click();
  const table = renewal.getByRole('table', { name: /Preview/ });
  await table.getByRole('row', { name: /Renewing Soon/ }).waitFor();
  assert.match(
    (await table.getByRole('row', { name: /Renewing Soon/ }).textContent()) ?? '',
    new RegExp(`renewal on ${readable(inDays(30))}, 30 days away`),
  );
  assert.equal(await table.getByRole('row', { name: /Fresh Start/ }).count(), 0);
  await renewal.getByText('1 account would move now.').waitFor();
  await page.waitForTimeout(400); // the preview slides open
  await screenshot(page, 'rules-02-preview');
});

test('switched on and applied now, the rule moves the account with its name as the reason', async () => {
  const renewal = card(RENEWAL_RULE);
  assert.ok(
    await renewal.getByRole('button', { name: 'Apply now' }).isDisabled(),
    'an off rule is not applied',
  );
  await renewal.getByRole('switch').click({ force: true });
  await renewal.getByRole('switch', { checked: true }).waitFor();
  await renewal.getByRole('button', { name: 'Apply now' }).click();
  const confirm = page.getByRole('dialog', { name: /Apply .* now\?/ });
  await confirm.getByRole('button', { name: 'Apply now' }).click();
  await page.getByText('1 account moved').waitFor();
  await renewal.getByText('No account would move now.').waitFor();

  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('link', { name: 'Renewing Soon' }).click();
  const history = page
    .locator('text=On the Trust Circle')
    .locator('xpath=ancestor::div[contains(@class,"Paper")][1]');
  await history.getByText('Rule: Renewal starts 90 days before the renewal date').waitFor();
  await history.getByText(/Lifecycle rule ·/).waitFor();
  await screenshot(page, 'rules-03-history');
});

test('add a rule with a preview before saving, edit it, then delete it', async () => {
  await page.goto(`${server.url}/settings/lifecycle-rules`);
  await page.getByRole('button', { name: 'Add rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'New lifecycle rule' });
  await dialog.getByText('Before renewal', { exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Days before the renewal date' }).fill('45');
  await dialog.getByLabel('Move to phase').selectOption('value');
  await dialog.getByText('Value starts 45 days before the renewal date → Value.').waitFor();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('row', { name: /Renewing Soon/ }).waitFor();
  await screenshot(page, 'rules-04-form');
  await dialog.getByRole('textbox', { name: 'Days before the renewal date' }).fill('');
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await dialog.getByText(/A whole number from 0 to 730/).waitFor();
  await dialog.getByRole('textbox', { name: 'Days before the renewal date' }).fill('20');
  await dialog.getByLabel('Name').fill('Late check');
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const added = card('Late check');
  await added.getByText('Value starts 20 days before the renewal date → Value').waitFor();

  await added.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: /Edit "Late check"/ });
  await edit.getByLabel('Name').fill('Very late check');
  await edit.getByRole('button', { name: 'Save rule' }).click();
  await edit.waitFor({ state: 'hidden' });
  const renamed = card('Very late check');
  await renamed.waitFor();
  await screenshot(page, 'rules-05-list');

  await renamed.getByRole('button', { name: 'Delete Very late check' }).click();
  await page
    .getByRole('dialog', { name: /Delete "Very late check"/ })
    .getByRole('button', { name: 'Delete rule' })
    .click();
  await renamed.waitFor({ state: 'detached' });
  await page.getByText('Onboarding ends after 60 days → Adoption', { exact: true }).waitFor();
  assert.deepEqual(problems, []);
});

test('on a phone the rules and the form fit the screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/settings/lifecycle-rules`);
  const renewal = card(RENEWAL_RULE);
  await renewal.getByRole('button', { name: 'Preview' }).click();
  await renewal.getByText('No account would move now.').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await screenshot(page, 'rules-06-phone');
  await renewal.getByRole('button', { name: 'Edit' }).click();
  await page
    .getByRole('dialog', { name: /Edit "Renewal starts/ })
    .getByRole('button', { name: 'Preview' })
    .click();
  await page
    .getByRole('dialog')
    .getByText(/would move now/)
    .waitFor();
  await screenshot(page, 'rules-07-phone-form');
  assert.deepEqual(problems, []);
});
