import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { screenshot } from '../lib/browser.ts';
import { setUpWorkspace } from '../lib/flows.ts';
import type { RunningServer } from '../lib/server.ts';
import { closeAppSession, openAppSession } from '../lib/session.ts';

/**
 * Settings → Plan templates: the starter templates of a new workspace, adding a template with
 * milestones and tasks dated from the start or from another task, a circle of dependencies
 * refused at its field, and archiving and restoring.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

const card = (name: string): Locator =>
  page.locator('.mantine-Paper-root').filter({ has: page.getByText(name, { exact: true }) });

before(async () => {
  ({ server, browser, page, problems } = await openAppSession());
});

after(() => closeAppSession({ server, browser }));

test('a new workspace starts with an onboarding template that starts by itself and a renewal one started by hand', async () => {
  await setUpWorkspace(page, server.url, {
    workspace: 'Templates Inc',
    name: 'Tess Templates',
    email: 'tess@templates.test',
  });
  await page.goto(`${server.url}/settings/plan-templates`);
  await page.getByRole('heading', { name: 'Plan templates' }).waitFor();
  const onboarding = card('Onboarding plan');
  await onboarding.getByText(/3 milestones · 9 tasks \(\d ours, \d the customer’s\)/).waitFor();
  await onboarding.getByText('Starts by itself when a customer enters onboarding').waitFor();
  await card('Renewal plan').getByText('Started by hand only').waitFor();
  await onboarding.getByRole('button', { name: 'Show the plan' }).click();
  await onboarding.getByText(/^Technical setup · due 30 days after the start/).waitFor();
  await onboarding.getByText(/14 days after “Kickoff call”/).waitFor();
  await page.waitForTimeout(400); // the outline slides open
  await screenshot(page, 'plan-templates-01-starters');
});

test('add a template: milestones, tasks on both sides, dates from the start and from a task', async () => {
  await page.getByRole('button', { name: 'Add template' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan template' });
  await dialog.getByRole('textbox', { name: 'Template name' }).fill('Expansion pilot');
  await dialog.getByLabel('Kind of plan').selectOption('expansion');
  await dialog.getByRole('textbox', { name: 'Goal' }).fill('A second team live in a month');
  await dialog.getByText('On a phase', { exact: true }).click();
  await dialog.getByLabel('When a customer enters the phase').selectOption('value');

  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await dialog.getByRole('textbox', { name: 'Milestone 1' }).fill('Pilot');
  await dialog.getByRole('textbox', { name: 'Due, days after start' }).fill('30');

  await dialog.getByRole('button', { name: 'Add task' }).click();
  await dialog.getByRole('textbox', { name: 'Task 1' }).fill('Pilot kickoff');
  await dialog.getByRole('textbox', { name: 'Days after the plan starts' }).fill('3');
  await dialog.getByLabel('Milestone', { exact: true }).first().selectOption({ label: 'Pilot' });

  await dialog.getByRole('button', { name: 'Add task' }).click();
  await dialog.getByRole('textbox', { name: 'Task 2' }).fill('Invite the pilot team');
  const second = dialog.locator('.mantine-Paper-root').nth(1);
  await second.getByText('Customer', { exact: true }).click();
  await second.getByText('After a task', { exact: true }).click();
  await second.getByRole('textbox', { name: 'Days after that task is due' }).fill('5');
  await second.getByRole('combobox', { name: 'After the task' }).click();
  await page.getByRole('option', { name: 'Pilot kickoff' }).click();
  await second.getByRole('combobox', { name: 'Waits for' }).click();
  await page.getByRole('option', { name: 'Pilot kickoff' }).click();
  await second.getByText('Whose task', { exact: true }).click(); // closes the list
  await screenshot(page, 'plan-templates-02-form');

  await dialog.getByRole('button', { name: 'Add template' }).click();
  await page.getByText('Saved "Expansion pilot"').waitFor();
  const added = card('Expansion pilot');
  await added.getByText('1 milestone · 2 tasks (1 ours, 1 the customer’s)').waitFor();
  await added.getByText('Starts by itself when a customer enters value').waitFor();
  await added.getByRole('button', { name: 'Show the plan' }).click();
  await added.getByText(/5 days after “Pilot kickoff” · waits for “Pilot kickoff”/).waitFor();
});

test('a circle of dependencies is refused next to the field that closes it', async () => {
  const added = card('Expansion pilot');
  await added.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit "Expansion pilot"' });
  const first = dialog.locator('.mantine-Paper-root').first();
  await first.getByRole('combobox', { name: 'Waits for' }).click();
  await page.getByRole('option', { name: 'Invite the pilot team' }).click();
  await first.getByText('Whose task', { exact: true }).click(); // closes the list
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await first.getByText(/tasks would depend on each other in a circle/).waitFor();
  await dialog.getByText('Some fields need a look before the template can be saved.').waitFor();
  await screenshot(page, 'plan-templates-03-circle');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
});

test('archived templates leave the list and come back when restored', async () => {
  await card('Expansion pilot').getByRole('button', { name: 'Archive Expansion pilot' }).click();
  const confirm = page.getByRole('dialog', { name: 'Archive "Expansion pilot"?' });
  await confirm.getByRole('button', { name: 'Archive template' }).click();
  await page.getByText('"Expansion pilot" was archived').waitFor();
  await card('Expansion pilot').waitFor({ state: 'detached' });

  await confirm.waitFor({ state: 'hidden' });
  await page.getByRole('switch', { name: 'Show archived templates' }).click({ force: true });
  await page.getByRole('switch', { name: 'Show archived templates', checked: true }).waitFor();
  const archived = card('Expansion pilot');
  await archived.getByText('Archived', { exact: true }).waitFor();
  await screenshot(page, 'plan-templates-04-archived');
  await archived.getByRole('button', { name: 'Restore' }).click();
  await page.getByText('"Expansion pilot" is back').waitFor();
  await archived.getByRole('button', { name: 'Edit' }).waitFor();
  // The refused save answered 400, which the browser logs; nothing else went wrong.
  assert.deepEqual(
    problems.filter((p) => !/status of 400/.test(p)),
    [],
  );
});
