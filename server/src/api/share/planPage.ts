import type { SideAccountability } from '@trustcircle/contracts';
import escapeHtml from 'escape-html';
import type { SharedMilestone, SharedPlan, SharedTask } from '../../modules/plans/index.ts';
import { formatDay } from '../../platform/dates.ts';
import { shell } from './shell.ts';

export type Vendor = { name: string; logo: string | null };
export type Notice = { kind: 'ok' | 'error'; text: string } | null;

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
export function planPage(p: SharedPlan, ctx: { vendor: Vendor; base: string; notice: Notice }) {
  const { vendor, base } = ctx;
  const body = `
<h1>${e(p.title)}</h1>
${p.goal ? `<p class="goal">${e(p.goal)}</p>` : ''}
${notice(ctx.notice)}
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
${p.milestones.map((m) => milestone(m, p, vendor, base)).join('')}
${p.loose.length ? `<section class="card"><h2>Other steps</h2>${taskList(p.loose, p, vendor, base)}</section>` : ''}`;
  return shell(`${p.title} · ${vendor.name}`, vendor, p.accountName, body);
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

function milestone(m: SharedMilestone, p: SharedPlan, vendor: Vendor, base: string) {
  const done = m.tasks.filter((t) => t.status === 'done' || t.status === 'skipped').length;
  return `<section class="card" id="m-${e(m.id)}" aria-labelledby="mh-${e(m.id)}">
<div class="row spread"><h2 id="mh-${e(m.id)}">${e(m.title)}</h2>
${m.completedAt ? '<span class="chip done">Complete</span>' : m.dueOn ? `<span class="muted">due ${formatDay(m.dueOn)}</span>` : ''}</div>
<div class="muted">${done} of ${plural(m.tasks.length, 'step')} done</div>
${m.completedAt ? rating(m, base) : ''}
${taskList(m.tasks, p, vendor, base)}</section>`;
}

function rating(m: SharedMilestone, base: string) {
  const stars = [1, 2, 3, 4, 5]
    .map(
      (n) =>
        `<label><input type="radio" name="rating" value="${n}" required${m.rating === n ? ' checked' : ''}><span>${n}</span></label>`,
    )
    .join('');
  const current = m.rating ? `<p class="muted">You rated this milestone ${m.rating} of 5.</p>` : '';
  return `${current}<details${m.rating ? '' : ' open'}><summary>${m.rating ? 'Change your rating' : 'How did this milestone go? Rate it'}</summary>
<form method="post" action="${base}/milestones/${e(m.id)}/rating">
<fieldset class="stars"><legend>1 = poorly, 5 = very well</legend>${stars}</fieldset>
<label for="rc-${e(m.id)}">Comment (optional)</label><textarea id="rc-${e(m.id)}" name="comment" maxlength="2000">${e(m.ratingComment)}</textarea>
<p><button type="submit">Send rating</button></p></form></details>`;
}

function taskList(tasks: SharedTask[], p: SharedPlan, vendor: Vendor, base: string) {
  if (tasks.length === 0) return '<p class="muted">No steps yet.</p>';
  return `<ul class="tasks">${tasks.map((t) => task(t, p, vendor, base)).join('')}</ul>`;
}

function task(t: SharedTask, p: SharedPlan, vendor: Vendor, base: string) {
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
${actions}${comments(t, act)}${ours && !closed ? assign(t, act) : ''}</li>`;
}

function comments(t: SharedTask, act: string) {
  const list = t.comments
    .map(
      (c) =>
        `<div class="comment${c.fromCustomer ? ' customer' : ''}"><div class="by">${e(c.by)} · ${e(c.at.slice(0, 10))}</div><p>${e(c.body)}</p></div>`,
    )
    .join('');
  return `<details><summary>Comments (${t.comments.length})</summary>${list}
<form method="post" action="${act}/comments"><label for="c-${e(t.id)}">Add a comment</label>
<textarea id="c-${e(t.id)}" name="body" maxlength="4000" required></textarea><p><button type="submit">Send comment</button></p></form></details>`;
}

function assign(t: SharedTask, act: string) {
  return `<details><summary>Hand to a colleague</summary>
<form method="post" action="${act}/owner">
<label for="fn-${e(t.id)}">First name</label><input type="text" id="fn-${e(t.id)}" name="firstName" maxlength="100" required autocomplete="off">
<label for="ln-${e(t.id)}">Last name</label><input type="text" id="ln-${e(t.id)}" name="lastName" maxlength="100" autocomplete="off">
<label for="em-${e(t.id)}">Work email</label><input type="email" id="em-${e(t.id)}" name="email" maxlength="254" required autocomplete="off">
<p><button type="submit">Make them the owner</button></p></form></details>`;
}

export const notice = (n: Notice) =>
  n
    ? `<div class="notice ${n.kind}" role="${n.kind === 'error' ? 'alert' : 'status'}">${e(n.text)}</div>`
    : '';
