import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../lib/browser.ts';
import { setUpWorkspace } from '../lib/flows.ts';
import { type RunningServer, startServer } from '../lib/server.ts';

/**
 * Sign-in throttling as people meet it: a browser that never signed in to the account waits,
 * and the login page says for how long, counting down; the owner's own browser, which signed
 * in before, goes straight in meanwhile.
 */
let server: RunningServer;
let browser: Browser;
let owner: { context: BrowserContext; page: Page; problems: string[] };
let stranger: { context: BrowserContext; page: Page; problems: string[] };

const email = 'ada@northwind.test';
const password = 'correct horse battery';

async function open() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page, problems: watchConsole(page) };
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  owner = await open();
  stranger = await open();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Seconds left in the countdown the alert shows, or null when it shows none. */
async function countdown(page: Page): Promise<number | null> {
  const text = (await page.getByRole('alert').textContent()) ?? '';
  const m = /try again in (\d+):(\d\d)/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Signs in with `pw` and waits for the server's answer; returns its status. */
async function submit(page: Page, pw: string): Promise<number> {
  await page.getByLabel('Password').fill(pw);
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  if (res.status() !== 200) await page.getByRole('alert').waitFor();
  return res.status();
}

test('the owner sets up the workspace in their browser, then signs out', async () => {
  await setUpWorkspace(owner.page, server.url, { workspace: 'Northwind', name: 'Ada Lovelace', email });
  await owner.page.getByRole('button', { name: /Ada Lovelace/ }).click();
  await owner.page.getByRole('menuitem', { name: 'Sign out' }).click();
  await owner.page.waitForURL(/\/login/);
});

test('guessing from another browser meets a wait the page counts down, long enough to matter', async () => {
  const { page } = stranger;
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  let left = 0;
  for (let guess = 0; guess < 12 && left < 8; guess++) {
    // Wait out any countdown, then guess again: each failure doubles the next wait.
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 20_000 });
    const status = await submit(page, `wrong guess ${guess}`);
    left = status === 429 ? ((await countdown(page)) ?? 0) : 0;
  }
  assert.ok(left >= 8, `the wait reached ${left} s`);
  const alert = page.getByRole('alert');
  assert.match((await alert.textContent()) ?? '', /Too many failed sign-ins for this account/);
  assert.match(
    (await alert.textContent()) ?? '',
    /A browser you have signed in with before is not held back/,
  );
  const button = page.getByRole('button', { name: /^Wait \d+:\d\d$/ });
  assert.equal(await button.isDisabled(), true, 'nothing to press while waiting');
  await screenshot(page, 'login-wait');
  await page.waitForTimeout(2_100);
  const later = (await countdown(page)) ?? 0;
  assert.ok(later < left && later >= left - 3, `the countdown moves: ${left} s, then ${later} s`);
});

test("meanwhile the owner's own browser signs in at once", async () => {
  const { page } = owner;
  await page.getByLabel('Email').fill(email);
  assert.equal(await submit(page, password), 200);
  await page.waitForURL(/\/accounts/);
  assert.ok(((await countdown(stranger.page)) ?? 0) > 0, 'the stranger was still waiting');
});

test('when the wait is over the page says so and the right password works', async () => {
  const { page } = stranger;
  await page.getByText('You can try again now.').waitFor({ timeout: 20_000 });
  assert.equal(await page.getByRole('button', { name: 'Sign in' }).isEnabled(), true);
  assert.equal(await submit(page, password), 200);
  await page.waitForURL(/\/accounts/);
  const unexpected = [...owner.problems, ...stranger.problems].filter((p) => !/status of 429/.test(p));
  assert.deepEqual(unexpected, []);
});
