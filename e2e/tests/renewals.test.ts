import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../lib/browser.ts';
import { setUpWorkspace } from '../lib/flows.ts';
import { readableDay } from '../lib/format.ts';
import type { RunningServer } from '../lib/server.ts';
import { closeAppSession, openAppSession } from '../lib/session.ts';

/**
 * A renewal date that passed: the account says it is overdue (in the facts, the renewal card
 * and the accounts list), and recording the renewal moves the date on, changes ARR, takes the
 * customer out of the renewal phase and lands on the timeline.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];
let accountId: string;

const DAY = 86_400_000;
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const readable = readableDay;

before(async () => {
  ({ server, browser, page, problems } = await openAppSession());
  await setUpWorkspace(page, server.url, {
    workspace: 'Renewals Inc',
    name: 'Rita Renewals',
    email: 'rita@renewals.test',
  });
  const post = async (path: string, data: unknown) => {
    const r = await page.request.post(`${server.url}/api/v1${path}`, {
      headers: { origin: server.url },
      data,
    });
    assert.ok(r.ok(), `${path}: ${r.status()} ${await r.text()}`);
    return (await r.json()) as { id: string };
  };
  accountId = (
    await post('/accounts', {
      name: 'Globex Logistics',
      stage: 'customer',
      arr: 120000,
      contractStart: isoDay(-380),
      renewalDate: isoDay(-12),
    })
  ).id;
  await post(`/accounts/${accountId}/stage`, {
    stage: 'customer',
    phase: 'renewal',
    reason: 'Renewal talks',
  });
});

after(() => closeAppSession({ server, browser }));

test('an overdue renewal says so on the account and in the list', async () => {
  await page.goto(`${server.url}/accounts/${accountId}`);
  const facts = page.getByTestId('fact-renewal');
  await facts.getByText('Renewal overdue by 12 days').waitFor();
  const card = page.getByTestId('summary-renewal');
  await card.getByText('No renewal recorded yet.').waitFor();
  await screenshot(page, 'renewals-01-overdue');
  await page.goto(`${server.url}/accounts`);
  await page
    .getByRole('row', { name: /Globex Logistics/ })
    .getByText('overdue by 12 days')
    .waitFor();
});

test('recording the renewal moves the date on, changes ARR, ends the renewal phase and tells the timeline', async () => {
  await page.goto(`${server.url}/accounts/${accountId}`);
  await page.getByTestId('summary-renewal').getByRole('button', { name: 'Record renewal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record the renewal of Globex Logistics' });
  await dialog.getByText('The renewal date has passed').waitFor();
  // A year after the old date, before anything is saved; two years when the term says so.
  const expected = (await page.evaluate((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return [new Date(Date.UTC(y + 1, m - 1, day)), new Date(Date.UTC(y + 2, m - 1, day))].map((x) =>
      x.toISOString().slice(0, 10),
    );
  }, isoDay(-12))) as [string, string];
  await dialog.getByTestId('renewal-preview').getByText(readable(expected[0])).waitFor();
  await dialog.getByText('2 years', { exact: true }).click();
  await dialog.getByTestId('renewal-preview').getByText(readable(expected[1])).waitFor();
  await dialog.getByText('1 year', { exact: true }).click();
  await dialog.getByRole('textbox', { name: 'ARR of the new term' }).fill('150,000');
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Added the analytics module');
  await screenshot(page, 'renewals-02-form');
  await dialog.getByRole('button', { name: 'Record renewal' }).click();
  await page.getByText('Globex Logistics renewed').waitFor();
  await dialog.waitFor({ state: 'hidden' });

  const card = page.getByTestId('summary-renewal');
  await card.getByText(/^Signed /).waitFor();
  await card.getByText('12 days late').waitFor();
  await card.getByText('Added the analytics module').waitFor();
  await page.getByTestId('fact-renewal').getByText(readable(expected[0])).waitFor();
  await page.getByTestId('fact-arr').getByText('$150,000').waitFor();
  await page
    .getByTestId('fact-position')
    .getByText(/^Value for /)
    .waitFor();
  await screenshot(page, 'renewals-03-recorded');

  const account = (await (await page.request.get(`${server.url}/api/v1/accounts/${accountId}`)).json()) as {
    renewalDate: string;
    renewal: { status: string };
    phase: string;
    arr: number;
  };
  assert.deepEqual(
    [account.renewalDate, account.renewal.status, account.phase, account.arr],
    [expected[0], 'upcoming', 'value', 150000],
  );

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page
    .getByText(`Renewed until ${readable(expected[0])}`)
    .first()
    .waitFor();
  assert.deepEqual(problems, []);
});
