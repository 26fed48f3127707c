import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../lib/browser.ts';
import { readableDay } from '../lib/format.ts';
import { type RunningServer, startServer } from '../lib/server.ts';

/**
 * The account page's overview on the demo workspace: the summary a CSM reads in ten seconds,
 * checked against what the API says about the same account; every tab within reach; editing
 * through the Edit action; and the tab bar and tables on a phone.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

type Row = { id: string };
type List<T> = { data: T[]; total?: number };
type Account = {
  id: string;
  name: string;
  arr: number;
  phase: string | null;
  renewalDate: string | null;
  renewal: { status: 'none' | 'upcoming' | 'due' | 'overdue'; daysLeft: number | null };
  owner: { name: string } | null;
  usage: { events30d: number };
};
type PromiseRow = Row & { title: string; overdue: boolean };
type Checkin = Row & { scheduledOn: string };
type Plan = Row & { title: string; account: Row };
type Accountability = { health: 'on_track' | 'at_risk' | 'stalled' };
type Usage = { activeUsers: { monthly: number } };
type Entry = Row & { title: string | null; body: string | null };

const HEALTH = { on_track: 'On track', at_risk: 'At risk', stalled: 'Stalled' } as const;
const TABS = [
  'Overview',
  'Promises',
  'Plans',
  'Check-ins',
  'Tasks',
  'Contacts',
  'Usage',
  'Resources',
  'Rapport',
  'Timeline',
];

const api = async <T>(path: string): Promise<T> => {
  const res = await page.request.get(`${server.url}/api/v1${path}`);
  assert.equal(res.status(), 200, path);
  return (await res.json()) as T;
};
const day = readableDay;
const money = (n: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);

/** Whether an element's box lies inside the window, sideways and down. */
async function inView(target: Locator, width: number, height: number) {
  const box = await target.boundingBox();
  assert.ok(box, 'the element has a box');
  return box.x >= 0 && box.x + box.width <= width + 0.5 && box.y >= 0 && box.y + box.height <= height;
}

let account: Account;
let promises: List<PromiseRow>;
let overdue: number;
let next: Checkin;
let plans: Plan[];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.setDefaultTimeout(20_000);
  problems = watchConsole(page);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the demo workspace has an account with promises, a check-in, plans, usage and a timeline', async () => {
  const setup = await page.request.post(`${server.url}/api/v1/setup`, {
    headers: { Origin: server.url },
    data: {
      workspaceName: 'Demo Success',
      name: 'Grace Hopper',
      email: 'grace@demo.test',
      password: 'correct horse battery',
      demo: true,
    },
    timeout: 180_000,
  });
  assert.ok(setup.ok(), `setup answered ${setup.status()}`);

  // An account that shows every part of the summary; one with an overdue promise if there is.
  const active = await api<List<Plan>>('/plans?status=active&limit=200');
  const ids = [...new Set(active.data.map((p) => p.account.id))];
  const candidates: { id: string; overdue: number }[] = [];
  for (const id of ids) {
    const a = await api<Account>(`/accounts/${id}`);
    if (!a.phase || !a.owner || !a.renewalDate || a.usage.events30d === 0) continue;
    const open = await api<List<PromiseRow>>(`/promises?accountId=${id}&active=true&count=true&limit=1`);
    const scheduled = await api<List<Checkin>>(`/checkins?accountId=${id}&status=scheduled&limit=1`);
    if (!open.total || scheduled.data.length === 0) continue;
    const late = await api<List<Row>>(
      `/promises?accountId=${id}&active=true&overdue=true&count=true&limit=1`,
    );
    candidates.push({ id, overdue: late.total ?? 0 });
    if (late.total) break;
  }
  const pick = candidates.find((c) => c.overdue > 0) ?? candidates[0];
  assert.ok(pick, 'the demo has an account with everything the summary shows');
  account = await api<Account>(`/accounts/${pick.id}`);
  overdue = pick.overdue;
  promises = await api<List<PromiseRow>>(`/promises?accountId=${pick.id}&active=true&count=true&limit=3`);
  next = (await api<List<Checkin>>(`/checkins?accountId=${pick.id}&status=scheduled&limit=1`)).data[0]!;
  plans = active.data.filter((p) => p.account.id === pick.id);
});

test('at 1280 px the overview summarises the account', async () => {
  await page.goto(`${server.url}/accounts/${account.id}`);
  await page.getByRole('heading', { name: account.name }).waitFor();

  const facts = page.getByTestId('account-facts');
  assert.match((await facts.getByTestId('fact-position').textContent()) ?? '', / for (\d+|less than)/i);
  assert.match(
    (await facts.getByTestId('fact-position').textContent()) ?? '',
    new RegExp(account.phase ?? '', 'i'),
  );
  assert.ok(
    ((await facts.getByTestId('fact-arr').textContent()) ?? '').startsWith(`ARR${money(account.arr)}`),
  );
  const renewal = (await facts.getByTestId('fact-renewal').textContent()) ?? '';
  assert.ok(renewal.includes(day(account.renewalDate ?? '')), renewal);
  // The server's renewal state, in words: overdue plainly, else how long to go.
  const left = account.renewal.daysLeft ?? 0;
  if (account.renewal.status === 'overdue') {
    assert.ok(renewal.includes(`Renewal overdue by ${-left} ${left === -1 ? 'day' : 'days'}`), renewal);
  } else {
    assert.match(renewal, left < 60 ? /today|tomorrow|in \d+ days/ : /in \d+ months/);
  }
  assert.equal(await facts.getByTestId('fact-owner').textContent(), `Owner${account.owner?.name}`);

  const promiseCard = page.getByTestId('summary-promises');
  await promiseCard.getByTestId('promises-open').getByText(`${promises.total} open`).waitFor();
  if (overdue > 0)
    await promiseCard.getByTestId('promises-overdue').getByText(`${overdue} overdue`).waitFor();
  else assert.equal(await promiseCard.getByTestId('promises-overdue').count(), 0);
  await promiseCard.getByText(promises.data[0]!.title).first().waitFor();
  assert.equal(
    await promiseCard.locator('[data-overdue]').count(),
    promises.data.filter((p) => p.overdue).length,
    'the late ones say so',
  );

  const checkin = page.getByTestId('summary-checkin');
  await checkin.getByText(day(next.scheduledOn)).waitFor();
  assert.equal(
    await checkin.getByRole('link', { name: 'Open prep sheet' }).getAttribute('href'),
    `/checkins/${next.id}/prep`,
  );

  const planLines = page.getByTestId('summary-plan');
  await planLines.first().waitFor();
  assert.equal(await planLines.count(), plans.length);
  for (const p of plans) {
    const figures = await api<Accountability>(`/plans/${p.id}/accountability`);
    const line = planLines.filter({ hasText: p.title });
    await line.getByText(HEALTH[figures.health], { exact: true }).waitFor();
    assert.match((await line.textContent()) ?? '', /Us (\d+%|—) on time.*Customer (\d+%|—) on time/);
  }

  const usage = await api<Usage>(`/accounts/${account.id}/usage`);
  const usageCard = page.getByTestId('summary-usage');
  const chart = usageCard.getByTestId('usage-chart');
  await chart.locator('.recharts-bar-rectangle path').first().waitFor();
  assert.equal(await chart.locator('.recharts-bar-rectangle').count(), 12, 'a bar for each of 12 weeks');
  assert.match(
    (await usageCard.getByTestId('usage-active').textContent()) ?? '',
    new RegExp(`^Active people${usage.activeUsers.monthly} in 30 days`),
  );

  const timeline = await api<List<Entry>>(`/accounts/${account.id}/timeline?limit=4`);
  const entries = page.getByTestId('summary-timeline-entry');
  await entries.first().waitFor();
  assert.equal(await entries.count(), timeline.data.length);
  const first = timeline.data[0]!;
  await entries
    .first()
    .getByText((first.title ?? first.body ?? '').slice(0, 30))
    .waitFor();
  await page.getByText('On the Trust Circle').waitFor();
  await screenshot(page, 'account-overview-01-desktop');

  await checkin.getByRole('link', { name: 'Open prep sheet' }).click();
  await page.waitForURL(new RegExp(`/checkins/${next.id}/prep`));
  await page.goBack();
  await page.getByTestId('summary-promises').getByRole('link', { name: 'All promises' }).click();
  await page.waitForURL(/\?tab=promises/);
  await page.getByRole('tab', { name: 'Promises', selected: true }).waitFor();
});

test('at 1280 px every tab is in sight, and the tables show their columns', async () => {
  await page.goto(`${server.url}/accounts/${account.id}?tab=usage`);
  for (const name of TABS) {
    assert.ok(await inView(page.getByRole('tab', { name: new RegExp(`^${name}`) }), 1280, 900), name);
  }
  assert.equal(await page.getByRole('button', { name: /More tabs|Earlier tabs/ }).count(), 0);

  // The most active people keep their figures beside a long email.
  const people = page
    .locator('section, div')
    .filter({ hasText: /^Most active people/ })
    .locator('table')
    .first();
  await people.waitFor();
  const scroller = await people.evaluate((t) => {
    const box = t.parentElement?.closest('.mantine-ScrollArea-viewport') ?? t.parentElement;
    return box ? { scroll: box.scrollWidth, client: box.clientWidth } : null;
  });
  assert.ok(
    scroller && scroller.scroll <= scroller.client + 1,
    `the table fits: ${JSON.stringify(scroller)}`,
  );
  for (const header of ['Person', 'Events', 'Active days', 'Last seen']) {
    await people.getByRole('columnheader', { name: header }).waitFor();
  }
  await screenshot(page, 'account-overview-02-usage');

  await page.getByRole('tab', { name: /^Contacts/ }).click();
  const contacts = page.getByRole('table');
  await contacts.getByRole('row').nth(1).waitFor();
  const cut = await contacts
    .locator('.mantine-Badge-label')
    .evaluateAll((badges) =>
      badges.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent),
    );
  assert.deepEqual(cut, [], 'no badge is cut short');
});

test('the Edit action opens the form, keeps its checks, and the summary shows what was saved', async () => {
  await page.goto(`${server.url}/accounts/${account.id}`);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${account.name}` });
  for (const label of ['Domain', 'Owner', 'Tier', 'ARR', 'Contract start', 'Renewal date', 'Tags']) {
    await dialog.getByText(label, { exact: true }).first().waitFor();
  }
  await dialog.getByText('Custom fields').waitFor();
  await screenshot(page, 'account-overview-03-edit');

  const name = dialog.getByRole('textbox', { name: /^Name/ });
  await name.fill('');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await dialog.getByText('An account needs a name').waitFor();
  await name.fill(account.name);

  await dialog.getByRole('textbox', { name: 'ARR' }).fill('123456');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('fact-arr').getByText('$123,456').waitFor();
  assert.equal((await api<Account>(`/accounts/${account.id}`)).arr, 123456);
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('on a phone the selected tab is in sight and the summary puts what needs attention first', async () => {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await phone.addCookies(await page.context().cookies());
  const p = await phone.newPage();
  const phoneProblems = watchConsole(p);

  await p.goto(`${server.url}/accounts/${account.id}?tab=timeline`);
  const timelineTab = p.getByRole('tab', { name: 'Timeline', selected: true });
  await timelineTab.waitFor();
  await p.waitForTimeout(300); // let the bar settle on its scroll position
  assert.ok(await inView(timelineTab, 390, 844), 'the Timeline tab is in sight');
  // The tabs scrolled away are a visible arrow away.
  const earlier = p.getByRole('button', { name: 'Earlier tabs' });
  assert.ok(await earlier.isVisible());
  const overview = p.getByRole('tab', { name: 'Overview' });
  for (let i = 0; i < 5 && !(await inView(overview, 390, 844)); i++) {
    await earlier.click();
    await p.waitForTimeout(400);
  }
  assert.ok(await inView(overview, 390, 844), 'the arrow brings the first tab back');
  await screenshot(p, 'account-overview-04-phone-timeline');

  await overview.click();
  await p.getByTestId('summary-usage').getByTestId('usage-chart').waitFor();
  const top = async (id: string) => (await p.getByTestId(id).boundingBox())?.y ?? Number.NaN;
  const order = ['account-facts', 'summary-promises', 'summary-checkin', 'summary-plans', 'summary-usage'];
  const ys = await Promise.all(order.map(top));
  assert.deepEqual(
    [...ys].sort((a, b) => a - b),
    ys,
    `stacked in this order: ${order.join(', ')}`,
  );
  assert.ok((await top('summary-timeline')) < (await top('summary-details')));
  await screenshot(p, 'account-overview-05-phone');

  await p.getByRole('tab', { name: 'Usage' }).click();
  const people = p
    .locator('div')
    .filter({ hasText: /^Most active people/ })
    .locator('table')
    .first();
  await people.waitFor();
  for (const header of ['Person', 'Events', 'Last seen']) {
    assert.ok(await inView(people.getByRole('columnheader', { name: header }), 390, 100_000), header);
  }
  await screenshot(p, 'account-overview-06-phone-usage');
  await phone.close();
  assert.deepEqual(phoneProblems, [], 'no console errors on the phone');
});
