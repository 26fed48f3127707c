import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../lib/browser.ts';
import { setUpWorkspace } from '../lib/flows.ts';
import { type RunningServer, startServer } from '../lib/server.ts';

/**
 * Product usage end to end: an admin creates a source in Settings, a product backend sends
 * Segment events with its write key, and the account it names shows the usage; an event the
 * API refuses shows up under ingestion warnings with its reason.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];
let writeKey = '';

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  problems = watchConsole(page);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** What a Segment SDK does: POST the events to /v1/batch with the write key as Basic auth user. */
async function sendBatch(batch: unknown[]) {
  const res = await fetch(`${server.url}/v1/batch`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ batch, sentAt: new Date().toISOString() }),
  });
  assert.equal(res.status, 200, await res.text());
}

test('set up the workspace', async () => {
  await setUpWorkspace(page, server.url, {
    workspace: 'Initech Success',
    name: 'Ada Lovelace',
    email: 'ada@initech.test',
  });
});

test('create a source in Settings → Sources and read its write key', async () => {
  await page.goto(`${server.url}/settings`);
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Sources' })
    .click();
  await page.waitForURL(/\/settings\/sources$/);
  await page.getByText('No sources yet').waitFor();
  await page.getByRole('button', { name: 'Create source' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Backend');
  await dialog.getByRole('button', { name: 'Create source' }).click();
  await dialog.getByText('"Backend" is ready').waitFor();
  writeKey = ((await dialog.locator('code:visible').first().textContent()) ?? '').trim();
  assert.match(writeKey, /^[\w-]{20,}$/, 'the dialog shows the write key');
  // The ready-to-paste snippet carries the key and this server's address.
  await dialog.getByText(`writeKey: '${writeKey}'`, { exact: false }).waitFor();
  await screenshot(page, 'usage-01-source-created');
  await dialog.getByRole('button', { name: 'Done' }).click();
  const row = page.getByRole('row', { name: /Backend/ });
  await row.getByText(writeKey).waitFor();
  await screenshot(page, 'usage-02-product-data');
});

test('events sent with the key show on the account they name', async () => {
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
  await sendBatch([
    {
      type: 'group',
      userId: 'bill',
      groupId: 'initrode',
      traits: { name: 'Initrode', domain: 'initrode.com', plan: 'growth', mrr: 900 },
      timestamp: at(30),
    },
    {
      type: 'identify',
      userId: 'bill',
      traits: { name: 'Bill Lumbergh', email: 'bill@initrode.com' },
      timestamp: at(30),
    },
    { type: 'track', userId: 'bill', event: 'Report Created', timestamp: at(20) },
    { type: 'track', userId: 'bill', event: 'Report Created', timestamp: at(10) },
    { type: 'track', userId: 'bill', event: 'TPS Report Filed', timestamp: at(5) },
    { type: 'page', userId: 'bill', name: 'Dashboard', timestamp: at(1) },
  ]);

  // The account's usage columns are refreshed just after the commit, off the request's path.
  for (let i = 0; i < 50; i++) {
    const list = await page.request.get(`${server.url}/api/v1/accounts?q=Initrode`);
    const body = (await list.json()) as { data: Array<{ usage: { lastSeenAt: string | null } }> };
    if (body.data[0]?.usage.lastSeenAt) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.goto(`${server.url}/accounts`);
  const row = page.getByRole('row', { name: /Initrode/ });
  await row.waitFor();
  // "Last seen" follows the newest event (a minute ago), "Active users (30d)" counts Bill.
  await row
    .getByText(/minutes? ago/)
    .first()
    .waitFor();
  await row.getByRole('link', { name: 'Initrode' }).click();
  await page.waitForURL(/\/accounts\/[0-9a-f-]{36}/);
  await page.getByRole('tab', { name: /Usage/ }).click();
  await page.getByText('Events per day').waitFor();
  await page.getByText('Report Created').first().waitFor();
  await page.getByText('Dashboard (page)').waitFor();
  await page.getByRole('link', { name: 'Bill Lumbergh' }).waitFor();

  const accountId = page.url().match(/accounts\/([0-9a-f-]{36})/)?.[1];
  const res = await page.request.get(`${server.url}/api/v1/accounts/${accountId}/usage`);
  const usage = (await res.json()) as { totalEvents: number };
  assert.equal(usage.totalEvents, 4, 'three tracks and a page count as usage');
  const eventsCard = page.getByText('in the last 90 days', { exact: true }).locator('xpath=..');
  await eventsCard.getByText('4', { exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'usage-03-account-usage');
});

test('a rejected event shows under ingestion warnings with its reason', async () => {
  await sendBatch([{ type: 'track', userId: 'bill', properties: { forgot: 'the name' } }]);
  await page.goto(`${server.url}/settings/sources`);
  await page.getByRole('link', { name: 'Ingestion warnings' }).first().click();
  await page.waitForURL(/\/ingestion\/warnings/);
  const reason = page.getByRole('button', { name: /a track call needs an event name/i });
  await reason.waitFor();
  await reason.click();
  const payload = page.getByText('"forgot": "the name"');
  await payload.waitFor();
  // The row opens with a transition; take the picture once it is fully open.
  await payload.evaluate((el) =>
    Promise.all(
      el
        .closest('tr')
        ?.getAnimations({ subtree: true })
        .map((a) => a.finished) ?? [],
    ),
  );
  await screenshot(page, 'usage-04-warnings');
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});
