import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../lib/browser.ts';
import { createAccountInApp, setUpWorkspace } from '../lib/flows.ts';
import { type RunningServer, startServer } from '../lib/server.ts';

/**
 * Support resources end to end: a manager adds a guide, a customer follows its tracking link
 * made out to their account and rates it on the public page, and both the resource and the
 * account show the use and the rating.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];
let accountId = '';
let resourceId = '';
let trackingUrl = '';
// The guide lives on another site: a small server stands in for the help center.
let helpCenter: Server;
let guideUrl = '';

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  problems = watchConsole(page);
  helpCenter = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Getting started</title><h1>Guide</h1>');
  });
  await new Promise<void>((resolve) => helpCenter.listen(0, '127.0.0.1', resolve));
  guideUrl = `http://127.0.0.1:${(helpCenter.address() as AddressInfo).port}/getting-started`;
});

after(async () => {
  await browser?.close();
  await server?.stop();
  helpCenter?.close();
});

test('set up the workspace, an account and a contact with an email', async () => {
  await setUpWorkspace(page, server.url, {
    workspace: 'Initech Success',
    name: 'Ada Lovelace',
    email: 'ada@initech.test',
  });
  accountId = await createAccountInApp(page, 'Initrode');

  await page.getByRole('tab', { name: /Contacts/ }).click();
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('First name').fill('Bill');
  await dialog.getByLabel('Last name').fill('Lumbergh');
  await dialog.getByLabel('Email').fill('bill@initrode.test');
  await dialog.getByRole('button', { name: 'Save contact' }).click();
  await page
    .getByRole('cell', { name: /Bill Lumbergh/ })
    .first()
    .waitFor();
});

test('add a resource from the empty catalog and read its tracking link', async () => {
  await page.getByRole('link', { name: 'Resources' }).click();
  await page.waitForURL(/\/resources$/);
  await page.getByText('No support resources yet').waitFor();
  await screenshot(page, 'resources-01-empty');

  await page.getByRole('button', { name: 'Add resource' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kind').selectOption({ label: 'Onboarding guide' });
  await dialog.getByRole('textbox', { name: /^Title/ }).fill('Getting started in 10 minutes');
  await dialog.getByRole('textbox', { name: /^URL/ }).fill(guideUrl);
  await screenshot(page, 'resources-02-add');
  await dialog.getByRole('button', { name: 'Add resource' }).click();
  await page.waitForURL(/\/resources\/[0-9a-f-]{36}/);
  resourceId = page.url().match(/resources\/([0-9a-f-]{36})/)?.[1] ?? '';
  await page.getByRole('heading', { name: 'Getting started in 10 minutes' }).waitFor();
  await page.getByText('No uses yet').waitFor();

  trackingUrl = ((await page.getByTestId('tracking-link').textContent()) ?? '').trim();
  assert.match(trackingUrl, new RegExp(`^${server.url}/r/[\\w-]{6,}$`), 'the page shows the tracking link');
  await page.getByTestId('rating-link').getByText(`${trackingUrl}/rate`).waitFor();
  await screenshot(page, 'resources-03-resource');
});

test('a customer follows the link made out to their account and rates the guide', async () => {
  const personal = `${trackingUrl}?account=${accountId}&contact=${encodeURIComponent('bill@initrode.test')}`;
  await page.goto(personal);
  await page.waitForURL(guideUrl);
  await page.getByRole('heading', { name: 'Guide' }).waitFor();

  // The visit left a cookie on the link's path, so the rating attaches to that same use.
  await page.goto(`${trackingUrl}/rate`);
  await page.getByRole('heading', { name: /Was “Getting started in 10 minutes” helpful\?/ }).waitFor();
  await page.getByText('4', { exact: true }).click();
  await page.getByLabel(/Anything we should know/).fill('Clear, but the SSO step was missing');
  await screenshot(page, 'resources-04-rating-page');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
  await screenshot(page, 'resources-05-thanks');
});

test('the resource shows one use with its rating, counted for the account', async () => {
  await page.goto(`${server.url}/resources/${resourceId}`);
  const usesCard = page.getByText(/^last used /).locator('xpath=../..');
  await usesCard.getByText('1', { exact: true }).waitFor();
  await page.getByText('4.0 / 5').waitFor();
  await page.getByText('1 rating · 100% found it helpful (4 or 5)').waitFor();
  const row = page.getByRole('row', { name: /Initrode/ });
  await row.getByRole('link', { name: 'Bill Lumbergh' }).waitFor();
  await row.getByText('4 / 5').waitFor();
  await row.getByText('Clear, but the SSO step was missing').waitFor();
  await row.getByText('Tracking link').waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'resources-06-resource-used');

  const res = await page.request.get(`${server.url}/api/v1/resources/${resourceId}`);
  const body = (await res.json()) as {
    stats: { uses: number; accountsReached: number; averageRating: number };
  };
  assert.equal(body.stats.uses, 1, 'the visit and its rating are one use');
  assert.equal(body.stats.accountsReached, 1);
  assert.equal(body.stats.averageRating, 4);
});

test("the account's Resources tab lists the guide as used", async () => {
  await page.goto(`${server.url}/accounts/${accountId}`);
  await page.getByRole('tab', { name: /Resources/ }).click();
  await page.getByText('Initrode used 1 of your 1 resource.').waitFor();
  const row = page.getByRole('row', { name: /Getting started in 10 minutes/ });
  // The row also holds the phone layout's copy of the rating, hidden at this width.
  await row.getByText('4.0 / 5').filter({ visible: true }).waitFor();
  await row.getByText('1', { exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'resources-07-account-tab');

  // The resource link opens the resource page on this account's uses.
  await row.getByRole('link', { name: 'Getting started in 10 minutes' }).click();
  await page.waitForURL(new RegExp(`/resources/${resourceId}\\?account=${accountId}`));
  await page.getByRole('row', { name: /Initrode/ }).waitFor();
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});
