import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchConsole } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

export type AppSession = { server: RunningServer; browser: Browser; page: Page; problems: string[] };

/**
 * What every browser test starts from: its own server on a fresh data folder, Chromium, and
 * one page at a laptop's size whose console errors are collected.
 */
export async function openAppSession(
  opts: { env?: Record<string, string | undefined>; viewport?: { width: number; height: number } } = {},
): Promise<AppSession> {
  const server = await startServer(opts.env);
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { server, browser, page, problems: watchConsole(page) };
}

export async function closeAppSession(s: { server?: RunningServer; browser?: Browser }) {
  await s.browser?.close();
  await s.server?.stop();
}
