import type { SideAccountability } from '@trustcircle/contracts';
import escapeHtml from 'escape-html';
import type { SharedMilestone, SharedPlan, SharedTask } from '../../modules/plans/index.ts';
import { formatDay } from '../../platform/dates.ts';
import { shell } from './shell.ts';

export type Vendor = { name: string; logo: string | null };
export type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Where the visitor just acted: the answer is shown beside that step (on a phone the top of the
 * page is out of sight), the form they used stays open, and what they typed stays typed.
 */
export type Focus = {
  notice: Notice;
  at: string | null;
  open: 'comments' | 'owner' | 'rating' | null;
  values: Record<string, string>;
};
export const noFocus: Focus = { notice: null, at: null, open: null, values: {} };

const e = (s: string | null | undefined) => escapeHtml(s ?? '');
const HEALTH = { on_track: 'On track', at_risk: 'At risk', stalled: 'Stalled' } as const;
const STATUS = {
  not_started: 'Not started',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  skipped: 'Skipped',
} as const;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

/** The customer's view of their mutual action plan: what both sides owe, and how each is doing. */
export function planPage(p: SharedPlan, ctx: { vendor: Vendor; base: string; focus: Focus }) {
  const { vendor, base, focus } = ctx;
  const body = `
<h1>${e(p.title)}</h1>
${p.goal ? `<p class="goal">${e(p.goal)}</p>` : ''}
${focus.at ? '' : notice(focus.notice)}
<section class="card" aria-labelledby="progress-h">
  <div class="row spread"><h2 id="progress-h">Progress</h2><span class="chip ${p.health}">${HEALTH[p.health]}</span></div>
  <progress max="${Math.max(p.progress.total, 1)}" value="${p.progress.done}" aria-label="Steps done">${p.progress.done}</progress>
  <div class="muted">${p.progress.done} of ${plural(p.progress.total, 'step')} done · started ${formatDay(p.startsOn)}${p.ownerName ? ` · run by ${e(p.ownerName)} at ${e(vendor.name)}` : ''}</div>
  <p class="muted">${healthNote(p)}</p>
</section>
<section class="card" aria-labelledby="acc-h">
  <h2 id="acc-h">Mutual accountability</h2>
  <p class="muted">Both sides' record on the steps that came due: on time, and how late what is still open is.</p>
  <div class="sides">${side(vendor.name, p.vendor)}${side(`${p.accountName} (you)`, p.customer)}</div>
</section>
${p.milestones.map((m) => milestone(m, p, vendor, base, focus)).join('')}
${p.loose.length ? `<section class="card"><h2>Other steps</h2>${taskList(p.loose, p, vendor, base, focus)}</section>` : ''}`;
  return shell(`${p.title} · ${vendor.name}`, vendor, p.accountName, body, { shareFooter: true });
}

function healthNote(p: SharedPlan) {
  const worst = Math.max(p.vendor.maxDaysOverdue, p.customer.maxDaysOverdue);
  if (p.health === 'on_track') return 'Nothing is overdue.';
  return `The most overdue open step is ${plural(worst, 'day')} late (at risk from 1 day, stalled from 7).`;
}

function side(name: string, s: SideAccountability) {
  return `<div class="side card"><h3>${e(name)}</h3>
<div class="big">${percent(s.onTimeRate)}</div><div class="muted">on time (${s.doneOnTime} of ${s.due} that came due)</div>
<div class="muted">${s.overdue ? `<span class="late-text">${plural(s.overdue, 'step')} overdue, ${plural(s.daysOverdue, 'day')} in all</span>` : 'Nothing overdue'}${s.doneLate ? ` · ${s.doneLate} done late` : ''}</div></div>`;
}

function milestone(m: SharedMilestone, p: SharedPlan, vendor: Vendor, base: string, focus: Focus) {
  const done = m.tasks.filter((t) => t.status === 'done' || t.status === 'skipped').length;
  return `<section class="card" id="m-${e(m.id)}" aria-labelledby="mh-${e(m.id)}">
<div class="row spread"><h2 id="mh-${e(m.id)}">${e(m.title)}</h2>
${m.completedAt ? '<span class="chip done">Complete</span>' : m.dueOn ? `<span class="muted">due ${formatDay(m.dueOn)}</span>` : ''}</div>
<div class="muted">${done} of ${plural(m.tasks.length, 'step')} done</div>
${focus.at === m.id ? notice(focus.notice) : ''}
${m.completedAt ? rating(m, base, focus.at === m.id && focus.open === 'rating') : ''}
${taskList(m.tasks, p, vendor, base, focus)}</section>`;
}

function rating(m: SharedMilestone, base: string, keepOpen: boolean) {
  const stars = [1, 2, 3, 4, 5]
    .map(
      (n) =>
        `<label><input type="radio" name="rating" value="${n}" required${m.rating === n ? ' checked' : ''}><span>${n}</span></label>`,
    )
    .join('');
  // One rating per milestone for the customer's side; whoever rates last sets it.
  const current = m.rating
    ? `<p class="muted">Rated ${m.rating} of 5${m.ratedBy ? ` by ${e(m.ratedBy)}` : ''}.</p>`
    : '';
  return `${current}<details${!m.rating || keepOpen ? ' open' : ''}><summary>${m.rating ? 'Change your rating' : 'How did this milestone go? Rate it'}</summary>
<form method="post" action="${base}/milestones/${e(m.id)}/rating">
<fieldset class="stars"><legend>1 = poorly, 5 = very well</legend>${stars}</fieldset>
<label for="rc-${e(m.id)}">Comment (optional)</label><textarea id="rc-${e(m.id)}" name="comment" maxlength="2000">${e(m.ratingComment)}</textarea>
<p><button type="submit">Send rating</button></p></form></details>`;
}

function taskList(tasks: SharedTask[], p: SharedPlan, vendor: Vendor, base: string, focus: Focus) {
  if (tasks.length === 0) return '<p class="muted">No steps yet.</p>';
  return `<ul class="tasks">${tasks.map((t) => task(t, p, vendor, base, focus)).join('')}</ul>`;
}

function task(t: SharedTask, p: SharedPlan, vendor: Vendor, base: string, focus: Focus) {
  const here = focus.at === t.id ? focus : noFocus;
  const closed = t.status === 'done' || t.status === 'skipped';
  const ours = t.side === 'customer';
  const who = ours ? `${p.accountName} (you)` : vendor.name;
  const meta = [
    `<span class="chip${ours ? ' you' : ''}">${e(who)}</span>`,
    t.ownerName ? `<span>Owner: ${e(t.ownerName)}</span>` : ours ? '<span>No owner yet</span>' : '',
    t.dueOn ? `<span>Due ${formatDay(t.dueOn)}</span>` : '',
    `<span class="chip ${closed ? 'done' : t.status === 'blocked' ? 'blocked' : ''}">${STATUS[t.status]}${t.doneOn ? ` ${formatDay(t.doneOn)}` : ''}</span>`,
    t.daysOverdue ? `<span class="late-text">${plural(t.daysOverdue, 'day')} overdue</span>` : '',
    t.locked ? `<span>Waiting on: ${t.waitingOn.map(e).join(', ')}</span>` : '',
  ].filter(Boolean);
  const act = `${base}/tasks/${e(t.id)}`;
  const actions = ours
    ? closed
      ? `<form class="inline" method="post" action="${act}/reopen"><button class="secondary" type="submit">Not done after all</button></form>`
      : t.locked
        ? ''
        : `<form class="inline" method="post" action="${act}/done"><button type="submit">Mark done</button></form>`
    : '';
  return `<li id="t-${e(t.id)}"><div class="task-title${closed ? ' closed' : ''}">${e(t.title)}</div>
${t.detail ? `<div class="muted">${e(t.detail)}</div>` : ''}<div class="meta">${meta.join('')}</div>
${notice(here.notice)}${actions}${comments(t, act, here)}${ours && !closed ? assign(t, act, here) : ''}</li>`;
}

function comments(t: SharedTask, act: string, here: Focus) {
  const list = t.comments
    .map(
      (c) =>
        `<div class="comment${c.fromCustomer ? ' customer' : ''}"><div class="by">${e(c.by)} · ${formatDay(c.at.slice(0, 10))}</div><p>${e(c.body)}</p></div>`,
    )
    .join('');
  return `<details${here.open === 'comments' ? ' open' : ''}><summary>Comments (${t.comments.length})</summary>${list}
<form method="post" action="${act}/comments"><label for="c-${e(t.id)}">Add a comment</label>
<textarea id="c-${e(t.id)}" name="body" maxlength="4000" required>${e(here.values.body)}</textarea><p><button type="submit">Send comment</button></p></form></details>`;
}

function assign(t: SharedTask, act: string, here: Focus) {
  const v = (name: string) => e(here.values[name]);
  return `<details${here.open === 'owner' ? ' open' : ''}><summary>Hand to a colleague</summary>
<form method="post" action="${act}/owner">
<label for="fn-${e(t.id)}">First name</label><input type="text" id="fn-${e(t.id)}" name="firstName" maxlength="100" required autocomplete="off" value="${v('firstName')}">
<label for="ln-${e(t.id)}">Last name</label><input type="text" id="ln-${e(t.id)}" name="lastName" maxlength="100" autocomplete="off" value="${v('lastName')}">
<label for="em-${e(t.id)}">Work email</label><div class="muted" id="emh-${e(t.id)}">Their address at your company; they become the step's owner and get its reminders.</div>
<input type="email" id="em-${e(t.id)}" name="email" maxlength="254" required autocomplete="off" aria-describedby="emh-${e(t.id)}" value="${v('email')}">
<p><button type="submit">Make them the owner</button></p></form></details>`;
}

export const notice = (n: Notice) =>
  n
    ? `<div class="notice ${n.kind}" role="${n.kind === 'error' ? 'alert' : 'status'}">${e(n.text)}</div>`
    : '';
