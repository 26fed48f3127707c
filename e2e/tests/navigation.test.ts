import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { screenshot } from '../lib/browser.ts';
import { setUpWorkspace } from '../lib/flows.ts';
import type { RunningServer } from '../lib/server.ts';
import { closeAppSession, openAppSession } from '../lib/session.ts';

/**
 * The first hour without stumbles: every settings section (and a rule or template being
 * edited) has an address that loads directly and through Back, old `?tab=` links still land,
 * a toast never covers the user menu, a promise's evidence link opens safely, and a server
 * started without TRUSTCIRCLE_BASE_URL says so before a localhost link goes to a customer.
 * This server is started with TRUSTCIRCLE_BASE_URL unset; the last test starts one with it set.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

before(async () => {
  ({ server, browser, page, problems } = await openAppSession({
    env: { TRUSTCIRCLE_BASE_URL: undefined },
    viewport: { width: 1280, height: 900 },
  }));
});

after(() => closeAppSession({ server, browser }));

const api = (path: string) => `${server.url}/api/v1${path}`;

async function post<T>(p: Page, path: string, data: unknown): Promise<T> {
  const r = await p.request.post(api(path), { headers: { origin: server.url }, data });
  assert.ok(r.ok(), `${path}: ${r.status()} ${await r.text()}`);
  return (await r.json()) as T;
}

const sectionNav = (p: Page) => p.getByRole('navigation', { name: 'Settings sections' });
const section = (p: Page) => p.getByTestId('settings-section');
const path = (p: Page) => new URL(p.url()).pathname + new URL(p.url()).search;

/** What each section shows first, to know the right one is open. */
const SECTIONS: Array<[slug: string, label: string, shows: (p: Page) => Locator]> = [
  ['workspace', 'Workspace', (p) => p.getByLabel('Workspace name')],
  ['members', 'Members', (p) => section(p).getByRole('heading', { name: 'Members', exact: true })],
  ['api-keys', 'API keys', (p) => section(p).getByRole('heading', { name: 'API keys', exact: true })],
  [
    'lifecycle-rules',
    'Lifecycle rules',
    (p) => section(p).getByRole('heading', { name: 'Lifecycle rules', exact: true }),
  ],
  [
    'plan-templates',
    'Plan templates',
    (p) => section(p).getByRole('heading', { name: 'Plan templates', exact: true }),
  ],
  [
    'check-ins',
    'Check-ins',
    (p) => section(p).getByRole('heading', { name: 'Check-in cadence by tier', exact: true }),
  ],
  ['sources', 'Sources', (p) => section(p).getByRole('heading', { name: 'Sources', exact: true })],
  ['features', 'Features', (p) => section(p).getByRole('heading', { name: 'Features', exact: true })],
  ['audit-log', 'Audit log', (p) => section(p).getByRole('heading', { name: 'Audit log', exact: true })],
];

async function expectSection(p: Page, slug: string) {
  const [, label, shows] = SECTIONS.find(([s]) => s === slug) ?? [];
  assert.ok(label && shows, `unknown section ${slug}`);
  await p.waitForURL((u) => u.pathname === `/settings/${slug}`);
  await shows(p).waitFor();
  // The list marks the section open, and only that one.
  const current = sectionNav(p).locator('[aria-current="page"]');
  assert.deepEqual(await current.allInnerTexts(), [label]);
}

test('set up the workspace', async () => {
  await setUpWorkspace(page, server.url, {
    workspace: 'Wayfinders',
    name: 'Nora Navigator',
    email: 'nora@wayfinders.test',
  });
});

test('every settings section loads from its own address', async () => {
  for (const [slug] of SECTIONS) {
    await page.goto(`${server.url}/settings/${slug}`);
    await expectSection(page, slug);
  }
  await page.goto(`${server.url}/settings`);
  await expectSection(page, 'workspace');
  await screenshot(page, 'navigation-01-settings');
});

test('switching sections pushes history, so Back and Forward walk through them', async () => {
  await page.goto(`${server.url}/accounts`);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expectSection(page, 'workspace');
  await sectionNav(page).getByRole('link', { name: 'Members' }).click();
  await expectSection(page, 'members');
  await sectionNav(page).getByRole('link', { name: 'Features' }).click();
  await expectSection(page, 'features');
  await page.goBack();
  await expectSection(page, 'members');
  await page.goBack();
  await expectSection(page, 'workspace');
  // /settings gave way to /settings/workspace: one step back is the page before settings.
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/accounts');
  await page.goForward();
  await expectSection(page, 'workspace');
  await page.goForward();
  await expectSection(page, 'members');
});

test('old ?tab= links land on the section they meant, and Back skips them', async () => {
  const old: Array<[tab: string, slug: string]> = [
    ['workspace', 'workspace'],
    ['members', 'members'],
    ['api-keys', 'api-keys'],
    ['lifecycle', 'lifecycle-rules'],
    ['plan-templates', 'plan-templates'],
    ['checkins', 'check-ins'],
    ['product-data', 'sources'],
    ['audit', 'audit-log'],
  ];
  for (const [tab, slug] of old) {
    await page.goto(`${server.url}/settings?tab=${tab}`);
    await expectSection(page, slug);
    assert.equal(path(page), `/settings/${slug}`, 'the old query is gone from the address');
  }
  await page.goto(`${server.url}/promises`);
  await page.goto(`${server.url}/settings?tab=lifecycle`);
  await expectSection(page, 'lifecycle-rules');
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/promises');
});

test('an unknown section, or one the role may not see, says so instead of showing another', async () => {
  for (const address of ['/settings/nonsense', '/settings?tab=nonsense', '/settings/members/123']) {
    await page.goto(`${server.url}${address}`);
    await section(page).getByText('No such settings section').waitFor();
    assert.equal(await page.getByLabel('Workspace name').count(), 0, `${address} shows no other section`);
    assert.equal(await sectionNav(page).locator('[aria-current="page"]').count(), 0);
  }
  await screenshot(page, 'navigation-02-unknown-section');

  // A viewer, invited and signed in in a browser of their own.
  await post(page, '/invitations', { email: 'vic@wayfinders.test', role: 'viewer' });
  let token = '';
  for (let i = 0; i < 40 && !token; i++) {
    const mail = (await (await page.request.get(api('/mail'))).json()) as { data: Array<{ text: string }> };
    token = mail.data.map((m) => /invite\?token=([\w-]+)/.exec(m.text)?.[1]).find(Boolean) ?? '';
    if (!token) await page.waitForTimeout(250);
  }
  assert.ok(token, 'the invitation is in the outbox');
  const viewerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const viewer = await viewerContext.newPage();
  const accepted = await viewer.request.post(api('/invitations/accept'), {
    headers: { origin: server.url },
    data: { token, name: 'Vic Viewer', password: 'correct horse battery' },
  });
  assert.equal(accepted.status(), 200, await accepted.text());
  for (const [slug, label] of [
    ['api-keys', 'API keys'],
    ['audit-log', 'Audit log'],
  ] as const) {
    await viewer.goto(`${server.url}/settings/${slug}`);
    await section(viewer).getByText(`${label}: not for your role`).waitFor();
    assert.equal(await sectionNav(viewer).getByRole('link', { name: label }).count(), 0, `no ${label} link`);
  }
  await screenshot(viewer, 'navigation-03-forbidden-section');
  await viewer.goto(`${server.url}/settings/lifecycle-rules/new`);
  await section(viewer).getByText('You cannot edit this rule').waitFor();
  assert.equal(await viewer.getByRole('dialog').count(), 0, 'no form opens for a viewer');
  await viewerContext.close();
});

test('a lifecycle rule and a plan template being edited have addresses of their own', async () => {
  await page.goto(`${server.url}/settings/lifecycle-rules`);
  await section(page).getByRole('heading', { name: 'Lifecycle rules', exact: true }).waitFor();
  await section(page).getByRole('button', { name: 'Edit' }).first().click();
  const editRule = page.getByRole('dialog', { name: /^Edit "/ });
  await editRule.waitFor();
  assert.match(path(page), /^\/settings\/lifecycle-rules\/[0-9a-f-]{36}$/);
  const ruleAddress = page.url();
  // Back closes it, Forward opens it again, and the address opens it from nothing.
  await page.goBack();
  await editRule.waitFor({ state: 'hidden' });
  assert.equal(path(page), '/settings/lifecycle-rules');
  await page.goForward();
  await editRule.waitFor();
  await page.goto(ruleAddress);
  await editRule.waitFor();
  await page.keyboard.press('Escape');
  await editRule.waitFor({ state: 'hidden' });
  assert.equal(path(page), '/settings/lifecycle-rules');

  await page.goto(`${server.url}/settings/lifecycle-rules/new`);
  await page.getByRole('dialog', { name: 'New lifecycle rule' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'New lifecycle rule' }).waitFor({ state: 'hidden' });
  assert.equal(path(page), '/settings/lifecycle-rules');

  await page.goto(`${server.url}/settings/plan-templates`);
  await section(page).getByRole('heading', { name: 'Plan templates', exact: true }).waitFor();
  await section(page).getByRole('button', { name: 'Edit' }).first().click();
  const editTemplate = page.getByRole('dialog', { name: /^Edit / });
  await editTemplate.waitFor();
  assert.match(path(page), /^\/settings\/plan-templates\/[0-9a-f-]{36}$/);
  await page.reload();
  await editTemplate.waitFor();
  await screenshot(page, 'navigation-04-template-address');
  await page.goto(`${server.url}/settings/plan-templates/01900000-0000-7000-8000-000000000000`);
  await section(page).getByText('No such template').waitFor();
  assert.equal(await page.getByRole('dialog').count(), 0);
  await section(page).getByRole('button', { name: 'Show the list only' }).click();
  await page.waitForURL((u) => u.pathname === '/settings/plan-templates');
  assert.equal(await section(page).getByText('No such template').count(), 0);
});

/** Whether two boxes share any area. */
const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function saveWorkspaceName(p: Page, name: string) {
  await p.goto(`${server.url}/settings/workspace`);
  await p.getByLabel('Workspace name').fill(name);
  await p.getByRole('button', { name: 'Save settings' }).click();
  const toast = p.locator('.mantine-Notification-root', { hasText: 'Workspace settings saved' });
  await toast.waitFor();
  // Measured once it has slid in.
  await toast.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  await p.waitForTimeout(300);
  const box = await toast.boundingBox();
  assert.ok(box, 'the toast has a box');
  return box;
}

test('a toast covers neither the user menu nor the page, at 1280 px and on a phone', async () => {
  const menu = page.getByRole('button', { name: 'Account menu for Nora Navigator' });
  const desk = await saveWorkspaceName(page, 'Wayfinders Inc');
  const menuBox = await menu.boundingBox();
  assert.ok(menuBox);
  assert.ok(
    !overlap(desk, menuBox),
    `toast ${JSON.stringify(desk)} covers the user menu ${JSON.stringify(menuBox)}`,
  );
  // On a wide screen it stays in the navigation column, left of where the page starts.
  const content = await page.locator('main > div').first().boundingBox();
  assert.ok(content);
  assert.ok(desk.x + desk.width <= content.x, `toast ${JSON.stringify(desk)} reaches into the page`);
  await screenshot(page, 'navigation-05-toast-desktop');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 10_000 });
  const phone = await saveWorkspaceName(page, 'Wayfinders');
  for (const control of [menu, page.getByRole('button', { name: 'Open navigation' })]) {
    const b = await control.boundingBox();
    assert.ok(b);
    assert.ok(!overlap(phone, b), `toast ${JSON.stringify(phone)} covers ${JSON.stringify(b)}`);
  }
  assert.ok(phone.x >= 0 && phone.x + phone.width <= 390, 'the toast fits the screen');
  await screenshot(page, 'navigation-06-toast-phone');
});

test('on a phone the section picker names the open section and reaches every other', async () => {
  await page.goto(`${server.url}/settings/audit-log`);
  await section(page).getByRole('heading', { name: 'Audit log', exact: true }).waitFor();
  assert.equal(await sectionNav(page).isVisible(), false, 'the column gives way to the picker');
  const picker = page.getByRole('combobox', { name: 'Section' });
  assert.equal(await picker.inputValue(), 'audit-log');
  const box = await picker.boundingBox();
  assert.ok(box && box.y >= 60 && box.y + box.height <= 844, 'the picker is on screen, below the header');
  const options = await picker.locator('option').allInnerTexts();
  assert.deepEqual(
    options,
    SECTIONS.map(([, label]) => label),
  );
  await picker.selectOption('plan-templates');
  await expectPhoneSection(page, 'plan-templates');
  await page.goBack();
  await expectPhoneSection(page, 'audit-log');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await screenshot(page, 'navigation-07-phone-picker');
  await page.setViewportSize({ width: 1280, height: 900 });
});

async function expectPhoneSection(p: Page, slug: string) {
  await p.waitForURL((u) => u.pathname === `/settings/${slug}`);
  const [, , shows] = SECTIONS.find(([s]) => s === slug) ?? [];
  await shows?.(p).waitFor();
  assert.equal(await p.getByRole('combobox', { name: 'Section' }).inputValue(), slug);
}

test("a promise's evidence address is a link that opens safely; other text stays text", async () => {
  const account = await post<{ id: string }>(page, '/accounts', { name: 'Evidence Co' });
  const promise = await post<{ id: string }>(page, '/promises', {
    accountId: account.id,
    title: 'Audit export',
    dueOn: '2030-01-01',
  });
  await post(page, `/promises/${promise.id}/resolve`, {
    outcome: 'delivered',
    evidence:
      'Shipped, see https://example.com/notes/42. Not a link: javascript:alert(1) or ftp://example.com/x',
  });
  await page.goto(`${server.url}/promises`);
  await page.locator('.mantine-SegmentedControl-root').getByText('Kept', { exact: true }).click();
  const row = page.getByTestId('promise-row').filter({ hasText: 'Audit export' });
  const evidence = row.getByTestId('promise-evidence');
  await evidence.waitFor();
  const links = evidence.locator('a');
  assert.equal(await links.count(), 1, 'only the http(s) address is a link');
  assert.equal(await links.getAttribute('href'), 'https://example.com/notes/42');
  assert.equal(await links.getAttribute('target'), '_blank');
  assert.equal(await links.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await links.innerText(), 'https://example.com/notes/42', 'the full stop stays outside');
  await evidence.getByText(/javascript:alert\(1\) or ftp:\/\/example\.com\/x/).waitFor();

  // The history says it too, with the same link.
  await row.getByRole('button', { name: 'More for Audit export' }).click();
  await page.getByRole('menuitem', { name: 'History' }).click();
  const note = row.locator('.mantine-Timeline-item', { hasText: 'Evidence:' });
  await note.waitFor();
  const noteLink = note.locator('a');
  assert.equal(await noteLink.count(), 1);
  assert.equal(await noteLink.getAttribute('href'), 'https://example.com/notes/42');
  assert.equal(await noteLink.getAttribute('rel'), 'noopener noreferrer');
  await row.scrollIntoViewIfNeeded();
  await screenshot(page, 'navigation-08-evidence');
});

test('without TRUSTCIRCLE_BASE_URL, the share dialog and Settings say links reach no customer', async () => {
  const me = (await (await page.request.get(api('/auth/me'))).json()) as {
    installation: { baseUrl: string; baseUrlConfigured: boolean };
  };
  const port = new URL(server.url).port;
  assert.deepEqual(me.installation, { baseUrl: `http://localhost:${port}`, baseUrlConfigured: false });

  const account = await post<{ id: string }>(page, '/accounts', { name: 'Share Co' });
  const plan = await post<{ id: string }>(page, '/plans', { accountId: account.id, title: 'Onboarding' });
  await page.goto(`${server.url}/plans/${plan.id}`);
  await page.getByRole('button', { name: 'Share with customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with the customer' });
  const notice = dialog.getByTestId('base-url-notice');
  await notice.waitFor();
  await notice.getByText(`http://localhost:${port}`, { exact: true }).waitFor();
  await notice.getByText('TRUSTCIRCLE_BASE_URL', { exact: true }).waitFor();
  await notice.getByText(/Customers cannot open links/).waitFor();
  // It comes before the link is made, above the form.
  const noticeBox = await notice.boundingBox();
  const createBox = await dialog.getByRole('button', { name: 'Create link' }).boundingBox();
  assert.ok(noticeBox && createBox && noticeBox.y < createBox.y);
  await screenshot(page, 'navigation-09-share-notice');
  await page.keyboard.press('Escape');

  await page.goto(`${server.url}/settings/workspace`);
  const settingsNotice = section(page).getByTestId('base-url-notice');
  await settingsNotice.getByText(`http://localhost:${port}`, { exact: true }).waitFor();
  await settingsNotice.getByText('TRUSTCIRCLE_BASE_URL', { exact: true }).waitFor();
  await page.goto(`${server.url}/settings/members`);
  await expectSection(page, 'members');
  assert.equal(await page.getByTestId('base-url-notice').count(), 0, 'only the workspace section says it');
  assert.deepEqual(problems, [], 'no console errors');
});

test('with TRUSTCIRCLE_BASE_URL set, neither says anything', async () => {
  const configured = await openAppSession({ viewport: { width: 1280, height: 900 } });
  try {
    const p = configured.page;
    const url = configured.server.url;
    await setUpWorkspace(p, url, { workspace: 'Configured', name: 'Cora Config', email: 'cora@config.test' });
    const me = (await (await p.request.get(`${url}/api/v1/auth/me`)).json()) as {
      installation: { baseUrl: string; baseUrlConfigured: boolean };
    };
    assert.deepEqual(me.installation, { baseUrl: url, baseUrlConfigured: true });
    await p.goto(`${url}/settings/workspace`);
    await p.getByLabel('Workspace name').waitFor();
    assert.equal(await p.getByTestId('base-url-notice').count(), 0);

    const send = async <T>(path: string, data: unknown) => {
      const r = await p.request.post(`${url}/api/v1${path}`, { headers: { origin: url }, data });
      assert.ok(r.ok(), await r.text());
      return (await r.json()) as T;
    };
    const account = await send<{ id: string }>('/accounts', { name: 'Share Co' });
    const plan = await send<{ id: string }>('/plans', { accountId: account.id, title: 'Onboarding' });
    await p.goto(`${url}/plans/${plan.id}`);
    await p.getByRole('button', { name: 'Share with customer' }).click();
    const dialog = p.getByRole('dialog', { name: 'Share with the customer' });
    await dialog.getByRole('button', { name: 'Create link' }).waitFor();
    assert.equal(await dialog.getByTestId('base-url-notice').count(), 0);
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
    assert.ok(link.startsWith(`${url}/s/`), `the link starts with the configured address: ${link}`);
    assert.deepEqual(configured.problems, []);
  } finally {
    await closeAppSession(configured);
  }
});
