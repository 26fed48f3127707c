import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../lib/browser.ts';
import { createAccountInApp, setUpWorkspace } from '../lib/flows.ts';
import type { RunningServer } from '../lib/server.ts';
import { closeAppSession, openAppSession } from '../lib/session.ts';

/**
 * A check-in end to end: scheduled by hand, prepared from its prep sheet (a rapport fact to
 * mention, an open need, a promise), recorded with the need reassessed and a new one heard,
 * and the next check-in scheduled from the cadence. Then the cadence defaults in settings.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];
let accountId = '';

before(async () => {
  ({ server, browser, page, problems } = await openAppSession());
});

after(() => closeAppSession({ server, browser }));

/** Setup through the API with the signed-in session (same origin, like the app). */
async function call(method: 'post' | 'patch', path: string, data: Record<string, unknown>) {
  const r = await page.request[method](`${server.url}/api/v1${path}`, {
    data,
    headers: { origin: server.url },
  });
  assert.ok(r.ok(), `${method} ${path}: ${r.status()} ${await r.text()}`);
  return (await r.json()) as { id: string };
}

test('a customer with a contact, a fact to mention, a need and a promise', async () => {
  await setUpWorkspace(page, server.url, {
    workspace: 'Initech Success',
    name: 'Bill Lumbergh',
    email: 'bill@initech.test',
  });
  accountId = await createAccountInApp(page, 'Initrode');
  await call('patch', `/accounts/${accountId}`, { stage: 'customer', tier: 'enterprise' });
  const peter = await call('post', '/contacts', { accountId, firstName: 'Peter', lastName: 'Gibbons' });
  await call('post', `/contacts/${peter.id}/rapport`, {
    kind: 'interest',
    text: 'Wants to go fishing more',
    mentionAtNextCheckIn: true,
  });
  await call('post', '/needs', {
    accountId,
    title: 'TPS reports in one click',
    priority: 'high',
    source: 'meeting',
  });
  const due = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await call('post', '/promises', { accountId, title: 'New cover sheet template', dueOn: due });
});

test('schedule the check-in and open its prep sheet', async () => {
  await page.goto(`${server.url}/accounts/${accountId}?tab=checkins`);
  await page.getByText('No check-in scheduled').waitFor();
  await page.getByText('TPS reports in one click').waitFor();
  await page.getByRole('button', { name: 'Schedule check-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a check-in' });
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Next check-in').waitFor();
  await screenshot(page, 'checkins-01-account');

  await page.getByRole('link', { name: 'Open prep sheet' }).click();
  await page.waitForURL(/\/checkins\/[0-9a-f-]{36}\/prep/);
  await page.getByRole('heading', { name: 'Check-in prep: Initrode' }).waitFor();
  await page.getByText('Wants to go fishing more').waitFor();
  await page.getByText('New cover sheet template', { exact: true }).waitFor();
  await page.getByText('TPS reports in one click', { exact: true }).waitFor();
  await screenshot(page, 'checkins-02-prep');
  // Printed, the sheet stands alone: no navigation, no buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Record this check-in' }).isVisible(), false);
  assert.equal(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible(), false);
  await screenshot(page, 'checkins-02-prep-print');
  await page.emulateMedia({ media: 'screen' });
});

test('record it from the prep sheet: the need reassessed, a new one heard, the next one scheduled', async () => {
  await page.getByRole('button', { name: 'Record this check-in' }).click();
  const dialog = page.getByRole('dialog', { name: /Record the check-in with Initrode/ });
  await dialog.getByText('TPS reports in one click').waitFor();
  await dialog.getByText('Peter Gibbons: Wants to go fishing more').waitFor();
  await screenshot(page, 'checkins-03-record');
  await dialog.getByRole('button', { name: 'Record check-in' }).click();
  await dialog.getByText('How did it feel?').first().waitFor();
  assert.equal(await dialog.isVisible(), true, 'a sentiment is required');
  await dialog.getByText('Positive', { exact: true }).click();
  await dialog.getByLabel('Notes').fill('Peter wants the reports automated before the audit.');
  await dialog
    .getByRole('radiogroup', { name: 'Status of TPS reports in one click' })
    .getByText('Being addressed')
    .click();
  await dialog.getByLabel('Note on TPS reports in one click').fill('Engineering picked it up');
  await dialog.getByRole('button', { name: 'Add a need' }).click();
  await dialog
    .getByRole('textbox', { name: /What they need or want to achieve/ })
    .fill('A stapler that stays put');
  await dialog.getByRole('button', { name: 'Record check-in' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Check-in recorded').waitFor();

  await page.goto(`${server.url}/accounts/${accountId}?tab=checkins`);
  const past = page.getByTestId('past-checkin');
  await past.getByText('Positive').waitFor();
  await past.getByText(/Peter wants the reports automated/).waitFor();
  await page.getByTestId('need-row').filter({ hasText: 'A stapler that stays put' }).waitFor();
  const need = page.getByTestId('need-row').filter({ hasText: 'TPS reports in one click' });
  await need.getByText('Being addressed').waitFor();
  await need.getByRole('button', { name: /More for/ }).click();
  await page.getByRole('menuitem', { name: 'History' }).click();
  await need.getByText('Engineering picked it up').waitFor();
  await page.getByTestId('next-checkin').getByText('Next check-in').waitFor();
  await screenshot(page, 'checkins-04-after');
  assert.deepEqual(problems, []);
});

test('admins set the default cadence per tier', async () => {
  await page.goto(`${server.url}/settings/check-ins`);
  await page.getByRole('heading', { name: 'Check-in cadence by tier' }).waitFor();
  await page.getByLabel('Starter').selectOption('weekly');
  await page.getByRole('button', { name: 'Save cadences' }).click();
  await page.getByText('Check-in cadences saved').waitFor();
  await screenshot(page, 'checkins-05-settings');
  const r = await page.request.get(`${server.url}/api/v1/settings/checkin-cadence`);
  assert.equal(((await r.json()) as { starter: string }).starter, 'weekly');
  assert.deepEqual(problems, []);
});

test('on a phone the prep sheet and the check-ins tab read in one column', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/accounts/${accountId}?tab=checkins`);
  await page.getByTestId('next-checkin').waitFor();
  await screenshot(page, 'checkins-06-account-phone');
  await page.getByRole('link', { name: 'Open prep sheet' }).click();
  await page.getByRole('heading', { name: 'Check-in prep: Initrode' }).waitFor();
  await screenshot(page, 'checkins-07-prep-phone');
  assert.deepEqual(problems, []);
});
