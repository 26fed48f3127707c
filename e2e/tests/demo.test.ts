import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../lib/browser.ts';
import { type RunningServer, startServer } from '../lib/server.ts';

/**
 * Setup with "Load demo data", then browse, search, filter and edit as a CSM would, on a laptop
 * and on a phone.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  page.setDefaultTimeout(20_000);
  problems = watchConsole(page);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('setup with demo data fills the workspace', async () => {
  await page.goto(server.url);
  await page.getByLabel('Workspace name').fill('Demo Success');
  await page.getByLabel('Your name').fill('Grace Hopper');
  await page.getByLabel('Email').fill('grace@demo.test');
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Load demo data').check();
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.waitForURL(/\/accounts/, { timeout: 120_000 });
  await page.getByText('300 accounts in this workspace').waitFor({ timeout: 30_000 });
  await screenshot(page, 'demo-01-accounts');
});

test('search and filter the demo accounts', async () => {
  const first = await page.request.get(`${server.url}/api/v1/accounts?limit=1&sort=-arr`);
  const top = ((await first.json()) as { data: Array<{ name: string }> }).data[0]?.name ?? '';
  await page.getByLabel('Search accounts').fill(top.slice(0, 6));
  await page.waitForURL(/q=/);
  await page
    .getByRole('row', { name: new RegExp(top.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first()
    .waitFor();
  await screenshot(page, 'demo-02-search');
  await page.goto(`${server.url}/accounts?stage=advocate&sort=-arr`);
  await page.getByRole('row').nth(1).waitFor();
  const api = await page.request.get(`${server.url}/api/v1/accounts?stage=advocate&count=true&limit=1`);
  const { total } = (await api.json()) as { total: number };
  assert.ok(total > 0, 'the demo has advocates');
  await page
    .getByText(new RegExp(`${total} accounts?`))
    .first()
    .waitFor();
  await screenshot(page, 'demo-03-advocates');
});

test('open an account, edit it, read its people and history', async () => {
  await page.getByRole('row').nth(1).getByRole('cell').first().click();
  await page.waitForURL(/\/accounts\/[0-9a-f-]{36}/);
  await screenshot(page, 'demo-04-account');
  await page.getByRole('tab', { name: /Contacts/ }).click();
  await page.getByRole('button', { name: 'Add contact' }).first().waitFor();
  await screenshot(page, 'demo-05-contacts');
  await page.getByRole('tab', { name: /Rapport/ }).click();
  await screenshot(page, 'demo-06-rapport');
  await page.getByRole('tab', { name: /Timeline/ }).click();
  await page.getByRole('button', { name: 'Add note' }).waitFor();
  await screenshot(page, 'demo-07-timeline');
  await page.getByRole('tab', { name: /Overview/ }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Edit / });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Renamed by the browser test');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('heading', { name: 'Renamed by the browser test' }).waitFor();
});

test('the same pages work on a phone', async () => {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const cookies = await page.context().cookies();
  await phone.addCookies(cookies);
  const p = await phone.newPage();
  const phoneProblems = watchConsole(p);
  await p.goto(`${server.url}/accounts`);
  await p.getByText('300 accounts in this workspace').waitFor();
  await screenshot(p, 'demo-08-phone-accounts');
  await p.goto(`${server.url}/contacts`);
  await p.getByRole('heading', { name: 'Contacts' }).waitFor();
  await screenshot(p, 'demo-09-phone-contacts');
  await phone.close();
  assert.deepEqual([...problems, ...phoneProblems], [], 'no console errors or CSP violations');
});
