import type { Faker } from '@faker-js/faker';
import type { Ctx } from '../../platform/context.ts';
import { findContactsByEmails } from '../contacts/index.ts';
import { createResource, recordResourceUse } from '../resources/index.ts';
import { createSource } from '../sources/index.ts';
import { addFeature, drainIngestion, ingestEvents } from '../usage/index.ts';
import type { PlannedAccount } from './plan.ts';
import { DAY } from './util.ts';

/**
 * Product usage and help for the demo: a source, a feature list and a few support resources,
 * then 45 days of events sent through the ingestion pipeline itself (identify, track,
 * "Resource Viewed"), so the Usage tab, the accounts list and the resource figures have data.
 * Each account follows a trajectory: steady, growing, or fading into the trough.
 */

const FEATURES = [
  { name: 'Reports', event: 'Report Exported' },
  { name: 'Dashboards', event: 'Dashboard Viewed' },
  { name: 'Alerts', event: 'Alert Created' },
  { name: 'Integrations', event: 'Integration Connected' },
];
const EVENTS = [
  { value: 'Dashboard Viewed', weight: 10 },
  { value: 'Report Exported', weight: 4 },
  { value: 'Search Performed', weight: 6 },
  { value: 'Alert Created', weight: 1 },
  { value: 'Integration Connected', weight: 0.3 },
];
const DAYS = 45;
const BATCH = 2_000;

type Trajectory = 'steady' | 'growing' | 'fading';
type Resources = { guide: string; article: string; seminar: string };

export async function loadDemoUsage(ctx: Ctx, f: Faker, accounts: PlannedAccount[], now: Date) {
  const source = await createSource({ ctx, input: { name: 'Demo product (Segment)' } });
  for (const feature of FEATURES) await addFeature({ ctx, input: feature });
  const resources = await demoResources(ctx);
  const sourceCtx: Ctx = { ...ctx, actor: { type: 'source', sourceId: source.id, name: source.name } };
  let batch: unknown[] = [];
  let events = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    events += batch.length;
    await ingestEvents({ ctx: sourceCtx, body: { batch }, type: 'batch' });
    batch = [];
  };
  for (const a of accounts) {
    const stage = a.steps.at(-1)?.stage ?? a.initialStage;
    if (stage !== 'customer' && stage !== 'advocate') continue;
    for (const e of accountEvents(f, a, now, resources)) {
      batch.push(e);
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  await drainIngestion(ctx);
  await seminarAttendance(ctx, f, accounts, resources.seminar, now);
  return { events };
}

async function demoResources(ctx: Ctx): Promise<Resources> {
  const make = (
    kind: 'onboarding_guide' | 'kb_article' | 'training_seminar' | 'phone_line',
    title: string,
    url: string | null,
  ) => createResource({ ctx, input: { kind, title, url } });
  const guide = await make(
    'onboarding_guide',
    'Getting started in 30 minutes',
    'https://docs.example.com/getting-started',
  );
  const article = await make(
    'kb_article',
    'Scheduling reports by email',
    'https://help.example.com/articles/scheduled-reports',
  );
  const seminar = await make(
    'training_seminar',
    'Admin training (monthly webinar)',
    'https://events.example.com/admin-training',
  );
  await make('phone_line', 'Customer success hotline', null);
  return { guide: guide.id, article: article.id, seminar: seminar.id };
}

function trajectoryOf(f: Faker, a: PlannedAccount): Trajectory {
  if (a.tags.includes('at-risk')) return 'fading';
  return f.helpers.weightedArrayElement([
    { value: 'steady' as const, weight: 6 },
    { value: 'growing' as const, weight: 2 },
    { value: 'fading' as const, weight: 2 },
  ]);
}

/** How likely a person is active on a day `d` days ago, by the account's trajectory. */
function activity(t: Trajectory, d: number): number {
  const recent = 1 - d / DAYS;
  if (t === 'growing') return 0.2 + 0.45 * recent;
  // Fading: as active as anyone until three weeks ago, then less each day.
  if (t === 'fading') return d > 20 ? 0.5 : 0.03 + 0.47 * (d / 20);
  return 0.45;
}

function accountEvents(f: Faker, a: PlannedAccount, now: Date, r: Resources): unknown[] {
  const out: unknown[] = [];
  const groupId = a.externalId;
  const t = trajectoryOf(f, a);
  const people = a.contacts.filter(() => f.datatype.boolean(0.8));
  for (const [i, c] of people.entries()) {
    const userId = `${groupId}-user-${i + 1}`;
    const at = (d: number, h: number) => new Date(now.getTime() - d * DAY - h * 3_600_000).toISOString();
    out.push({
      type: 'identify',
      userId,
      messageId: `demo-${userId}-identify`,
      traits: { email: c.email, firstName: c.firstName, lastName: c.lastName },
      context: { groupId },
      timestamp: at(DAYS, 1),
    });
    const eager = f.number.float({ min: 0.6, max: 1.4 });
    for (let d = DAYS - 1; d >= 0; d--) {
      if (!f.datatype.boolean(Math.min(0.95, activity(t, d) * eager))) continue;
      const n = f.number.int({ min: 1, max: 5 });
      for (let k = 0; k < n; k++) {
        out.push({
          type: 'track',
          userId,
          event: f.helpers.weightedArrayElement(EVENTS),
          messageId: `demo-${userId}-${d}-${k}`,
          timestamp: at(d, f.number.int({ min: 0, max: 10 })),
        });
      }
    }
    if (f.datatype.boolean(0.35))
      out.push(resourceView(userId, r.guide, at(DAYS - 2, 2), f.helpers.arrayElement([3, 4, 5, 5])));
    if (f.datatype.boolean(0.15))
      out.push(
        resourceView(
          userId,
          r.article,
          at(f.number.int({ min: 1, max: 30 }), 3),
          f.helpers.arrayElement([2, 4, 5, null]),
        ),
      );
  }
  return out;
}

const resourceView = (userId: string, resourceId: string, timestamp: string, rating: number | null) => ({
  type: 'track',
  userId,
  event: 'Resource Viewed',
  messageId: `demo-${userId}-${resourceId}`,
  properties: { resourceId, ...(rating ? { rating } : {}) },
  timestamp,
});

/** A few customers' people registered for the admin training; most of them came. */
async function seminarAttendance(
  ctx: Ctx,
  f: Faker,
  accounts: PlannedAccount[],
  seminarId: string,
  now: Date,
) {
  const invited = accounts
    .flatMap((a) => a.contacts.map((c) => c.email))
    .filter(() => f.datatype.boolean(0.06));
  const contacts = await findContactsByEmails(ctx.db, ctx.workspace.id, invited);
  for (const c of contacts.values()) {
    const occurredAt = new Date(now.getTime() - f.number.int({ min: 3, max: 40 }) * DAY).toISOString();
    await recordResourceUse({
      ctx,
      resourceId: seminarId,
      input: { kind: 'registered', contactId: c.id, occurredAt },
    });
    if (f.datatype.boolean(0.75)) {
      const rating = f.helpers.arrayElement([4, 5, 5, 3, null]);
      await recordResourceUse({
        ctx,
        resourceId: seminarId,
        input: { kind: 'attended', contactId: c.id, occurredAt, rating },
      });
    }
  }
}
