import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../lib/browser.ts';
import { createAccountInApp, setUpWorkspace } from '../lib/flows.ts';
import type { RunningServer } from '../lib/server.ts';
import { closeAppSession, openAppSession } from '../lib/session.ts';

/**
 * The Trust Circle lifecycle end to end: a prospect is won and moved with a reason, its phase
 * moves on from onboarding, the history and the timeline tell why, and the funnel counts it.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

before(async () => {
  ({ server, browser, page, problems } = await openAppSession());
});

after(() => closeAppSession({ server, browser }));

test('set up a workspace with a prospect', async () => {
  await setUpWorkspace(page, server.url, {
    workspace: 'Globex Success',
    name: 'Hank Scorpio',
    email: 'hank@globex.test',
  });
  await createAccountInApp(page, 'Initrode');
});

test('win the prospect with a reason, then move its phase on', async () => {
  const move = async (stage: string, phase: string | null, reason: string) => {
    await page.getByRole('button', { name: 'Change stage' }).click();
    const dialog = page.getByRole('dialog', { name: /Move Initrode/ });
    await dialog.getByLabel('Stage').selectOption(stage);
    if (phase) await dialog.getByLabel('Phase').selectOption(phase);
    await dialog.getByLabel(/^Why/).fill(reason);
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  };
  await page.getByRole('button', { name: 'Change stage' }).click();
  const empty = page.getByRole('dialog', { name: /Move Initrode/ });
  assert.ok(
    await empty.getByRole('button', { name: 'Move', exact: true }).isDisabled(),
    'nothing changed yet',
  );
  await empty.getByLabel('Stage').selectOption('customer');
  await empty.getByRole('button', { name: 'Move', exact: true }).click();
  await empty.getByText('Say why, in a few words').waitFor();
  await page.keyboard.press('Escape');
  await empty.waitFor({ state: 'hidden' });

  await move('customer', null, 'Signed the annual contract');
  await page.getByText('Onboarding', { exact: true }).first().waitFor();
  await move('customer', 'adoption', 'Onboarding plan done; ten people use it daily');
  const history = page
    .locator('text=On the Trust Circle')
    .locator('xpath=ancestor::div[contains(@class,"Paper")][1]');
  await history.getByText('Onboarding plan done; ten people use it daily').waitFor();
  await history.getByText('Signed the annual contract').waitFor();
  await screenshot(page, 'lifecycle-01-account');

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByText('Phase: Onboarding → Adoption').waitFor();
  await page.getByText('Stage: Prospect → Customer').waitFor();
});

test('the funnel counts the customer and the conversion', async () => {
  await page.getByRole('link', { name: 'Funnel' }).click();
  await page.waitForURL(/\/reports\/funnel/);
  const conversions = page.getByRole('table', { name: 'Conversions' });
  const row = conversions.getByRole('row', { name: /Prospect → Customer/ });
  await row.waitFor();
  await screenshot(page, 'lifecycle-02-funnel');
  assert.deepEqual(await row.getByRole('cell').allTextContents(), ['Prospect → Customer', '1', '1', '100%']);
  const phases = page.getByRole('table', { name: 'Customer phase' });
  assert.match((await phases.getByRole('row', { name: /Adoption/ }).textContent()) ?? '', /Adoption\s*1/);
  assert.deepEqual(problems, []);
});

test('on a phone the account header keeps its name and the funnel its numbers on one line', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/accounts`);
  await page.getByRole('link', { name: 'Initrode' }).first().click();
  await page.getByRole('button', { name: 'Change stage' }).waitFor();
  await screenshot(page, 'lifecycle-03-account-phone');
  await page.goto(`${server.url}/reports/funnel`);
  await page.getByRole('table', { name: 'Conversions' }).waitFor();
  await screenshot(page, 'lifecycle-04-funnel-phone');
  assert.deepEqual(problems, []);
});
