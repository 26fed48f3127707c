import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../lib/browser.ts';
import { type RunningServer, startServer } from '../lib/server.ts';

/**
 * A newcomer's first minutes: set up the workspace, sign out and in again, create an account,
 * find it in the list, add a contact and a rapport fact. One browser session walks it all.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

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

const admin = { email: 'ada@northwind.test', password: 'correct horse battery' };

test('first run: the setup page creates the workspace and signs in', async () => {
  await page.goto(server.url);
  await page.waitForURL(/\/setup/);
  await screenshot(page, '01-setup');
  await page.getByLabel('Workspace name').fill('Northwind Success');
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.waitForURL(/\/accounts/);
  await page.getByText('Northwind Success').first().waitFor();
  await screenshot(page, '02-accounts-empty');
});

test('sign out, then sign in again', async () => {
  await page.getByRole('button', { name: /Ada Lovelace/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill('wrong password!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /do not match/ })
    .waitFor();
  await screenshot(page, '03-login-error');
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/accounts/);
});

test('create an account and find it in the list', async () => {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Globex Corporation');
  await dialog.getByLabel('Domain').fill('globex.com');
  await screenshot(page, '04-new-account');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/accounts\/[0-9a-f-]{36}/);
  await page.getByRole('heading', { name: 'Globex Corporation' }).waitFor();

  await page.goto(`${server.url}/accounts`);
  await page.getByLabel('Search accounts').fill('globex');
  // The search is debounced into the URL; click once the filtered list has settled.
  await page.waitForURL(/q=globex/);
  const row = page.getByRole('row', { name: /Globex Corporation/ });
  await row.waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, '05-accounts-search');
  await row.getByText('Globex Corporation').click();
  await page.waitForURL(/\/accounts\/[0-9a-f-]{36}/);
});

test('add a contact and a rapport fact to the account', async () => {
  await page.getByRole('tab', { name: /Contacts/ }).click();
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('First name').fill('Hank');
  await dialog.getByLabel('Last name').fill('Scorpio');
  await dialog.getByLabel('Email').fill('hank@globex.com');
  await dialog.getByRole('button', { name: 'Save contact' }).click();
  await page
    .getByRole('cell', { name: /Hank Scorpio/ })
    .first()
    .waitFor();
  await screenshot(page, '06-account-contacts');

  await page.getByRole('tab', { name: /Rapport/ }).click();
  await page.getByRole('button', { name: 'Add rapport fact' }).first().click();
  const factDialog = page.getByRole('dialog');
  await factDialog.getByLabel('Fact').fill('Has a dog named Bart who loves the beach');
  await factDialog.getByLabel('Mention at next check-in').check();
  await factDialog.getByRole('button', { name: 'Save fact' }).click();
  // The closing dialog still holds the typed text for a moment; wait for it to go.
  await factDialog.waitFor({ state: 'hidden' });
  await page.getByText('Has a dog named Bart who loves the beach').waitFor();
  await screenshot(page, '07-account-rapport');

  await page.getByRole('tab', { name: /Timeline/ }).click();
  await page
    .getByText(/Contact added/)
    .first()
    .waitFor();
  await screenshot(page, '08-account-timeline');
});

test('the API sees what the browser made', async () => {
  const res = await page.request.get(`${server.url}/api/v1/accounts?q=globex`);
  assert.equal(res.status(), 200);
  const body = (await res.json()) as { data: Array<{ name: string; contactsCount: number }> };
  assert.equal(body.data[0]?.name, 'Globex Corporation');
  assert.equal(body.data[0]?.contactsCount, 1);
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});
