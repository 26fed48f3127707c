import type { Page } from 'playwright-core';

/** The first-run setup page: a workspace and its admin, signed in on the accounts list. */
export async function setUpWorkspace(
  page: Page,
  url: string,
  who: { workspace: string; name: string; email: string },
) {
  await page.goto(url);
  await page.waitForURL(/\/setup/);
  await page.getByLabel('Workspace name').fill(who.workspace);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.waitForURL(/\/accounts/);
}

/** A new account from the accounts list; returns its id, with its page open. */
export async function createAccountInApp(page: Page, name: string): Promise<string> {
  // An empty list has a second "New account" button in its empty state.
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(name);
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/accounts\/[0-9a-f-]{36}/);
  return page.url().match(/accounts\/([0-9a-f-]{36})/)?.[1] ?? '';
}
