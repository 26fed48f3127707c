import type { Phase, PlanKind } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { toFlag, toJson } from '../../platform/db/json.ts';
import { newId } from '../../platform/ids.ts';
import type { TemplateBody } from './graph.ts';
import { countTemplates, insertTemplate } from './repository.ts';
import { assertTemplateBody } from './validate.ts';

type Starter = {
  name: string;
  kind: PlanKind;
  title: string;
  goal: string;
  /** The phase whose entry starts a plan by itself; null: started by hand. */
  startsOnPhase: Phase | null;
  body: TemplateBody;
};

type Spec = {
  ref: string;
  title: string;
  side: 'vendor' | 'customer';
  milestone: number;
  /** Days after the plan starts, or after the task named by `after`. */
  days: number;
  after?: string;
  detail?: string;
  dependsOn?: string[];
  internal?: boolean;
};

const task = (t: Spec): TemplateBody['tasks'][number] => ({
  ref: t.ref,
  title: t.title,
  detail: t.detail ?? null,
  ownerSide: t.side,
  milestone: t.milestone,
  dueRule: t.after ? { from: 'task', taskRef: t.after, days: t.days } : { from: 'plan_start', days: t.days },
  dependsOn: t.dependsOn ?? [],
  internal: t.internal ?? false,
});

const tasks = (specs: Spec[]) => specs.map(task);

/**
 * What a new workspace starts with: an onboarding plan that starts when an account becomes a
 * customer (the sales hand-off's next step, and what a team expects of a template called
 * that), and a renewal plan started by hand. Each gives the customer a step they can take on
 * their first visit to the shared plan, before anything of ours is done.
 */
export const STARTER_TEMPLATES: Starter[] = [
  {
    name: 'Onboarding plan',
    kind: 'onboarding',
    title: 'Onboarding',
    goal: 'Live, set up and seeing first value within 60 days',
    startsOnPhase: 'onboarding',
    body: {
      milestones: [
        { title: 'Kickoff', dueDays: 10 },
        { title: 'Technical setup', dueDays: 30 },
        { title: 'First value', dueDays: 60 },
      ],
      tasks: tasks([
        {
          ref: 'handoff',
          title: 'Review the sales hand-off: promises made and success criteria',
          side: 'vendor',
          milestone: 0,
          days: 2,
          internal: true,
        },
        {
          ref: 'goals',
          title: 'Tell us your goals and who should join the kickoff',
          detail:
            'What should be better in 90 days, how you will know, and the people from your side who should be in the kickoff call.',
          side: 'customer',
          milestone: 0,
          days: 4,
        },
        {
          ref: 'kickoff',
          title: 'Kickoff call',
          detail:
            'Agree on the goals, the success criteria, the team on both sides and the dates of this plan.',
          side: 'vendor',
          milestone: 0,
          days: 5,
          dependsOn: ['handoff'],
        },
        {
          ref: 'team',
          title: 'Name your project lead and your admins',
          side: 'customer',
          milestone: 0,
          after: 'kickoff',
          days: 3,
          dependsOn: ['kickoff'],
        },
        {
          ref: 'setup',
          title: 'Technical setup: connect your data and single sign-on',
          side: 'customer',
          milestone: 1,
          after: 'kickoff',
          days: 14,
          dependsOn: ['team'],
        },
        {
          ref: 'configure',
          title: 'Configure the workspace for the agreed use cases',
          side: 'vendor',
          milestone: 1,
          after: 'setup',
          days: 5,
          dependsOn: ['setup'],
        },
        {
          ref: 'training',
          title: 'Admin training',
          detail: 'A session for your admins: settings, users, permissions and reports.',
          side: 'vendor',
          milestone: 1,
          after: 'configure',
          days: 4,
          dependsOn: ['configure'],
        },
        {
          ref: 'rollout',
          title: 'Invite the first users',
          side: 'customer',
          milestone: 2,
          after: 'training',
          days: 7,
          dependsOn: ['training'],
        },
        {
          ref: 'review',
          title: 'First value review',
          detail: 'Look at the success criteria together: what works, what is missing, what comes next.',
          side: 'vendor',
          milestone: 2,
          days: 60,
          dependsOn: ['rollout'],
        },
      ]),
    },
  },
  {
    name: 'Renewal plan',
    kind: 'renewal',
    title: 'Renewal',
    goal: 'Renewed on time, with next year’s goals agreed',
    startsOnPhase: null,
    body: {
      milestones: [
        { title: 'Value review', dueDays: 30 },
        { title: 'Proposal', dueDays: 60 },
        { title: 'Renewed', dueDays: 90 },
      ],
      tasks: tasks([
        {
          ref: 'health',
          title: 'Check health, usage and open promises before the renewal talk',
          side: 'vendor',
          milestone: 0,
          days: 5,
          internal: true,
        },
        {
          ref: 'review',
          title: 'Value review: results against the goals you set',
          side: 'vendor',
          milestone: 0,
          days: 21,
          dependsOn: ['health'],
        },
        {
          ref: 'goals',
          title: 'Share your goals for the next year',
          side: 'customer',
          milestone: 0,
          after: 'review',
          days: 7,
          dependsOn: ['review'],
        },
        {
          ref: 'signers',
          title: 'Confirm who decides and who signs',
          side: 'customer',
          milestone: 1,
          after: 'review',
          days: 10,
        },
        {
          ref: 'proposal',
          title: 'Send the renewal proposal',
          side: 'vendor',
          milestone: 1,
          after: 'review',
          days: 21,
          dependsOn: ['goals'],
        },
        {
          ref: 'questions',
          title: 'Review the proposal and send your questions',
          side: 'customer',
          milestone: 1,
          after: 'proposal',
          days: 10,
          dependsOn: ['proposal'],
        },
        {
          ref: 'sign',
          title: 'Sign the renewal',
          side: 'customer',
          milestone: 2,
          days: 80,
          dependsOn: ['questions', 'signers'],
        },
        {
          ref: 'next-year',
          title: 'Plan the next year together',
          side: 'vendor',
          milestone: 2,
          after: 'sign',
          days: 7,
          dependsOn: ['sign'],
        },
      ]),
    },
  },
];

/**
 * Gives a workspace without templates the starter ones, as part of making the workspace (no
 * audit rows of their own). Settings shows which starts by itself and lets anyone change it.
 */
export async function seedDefaultTemplates({
  ctx,
  workspaceId,
}: {
  ctx: Pick<Ctx, 'db' | 'clock'>;
  workspaceId: string;
}): Promise<number> {
  if ((await countTemplates(ctx.db, workspaceId)) > 0) return 0;
  const now = ctx.clock.now().toISOString();
  for (const t of STARTER_TEMPLATES) {
    assertTemplateBody(t.body);
    await insertTemplate(ctx.db, {
      id: newId(),
      workspace_id: workspaceId,
      name: t.name,
      kind: t.kind,
      title: t.title,
      goal: t.goal,
      body: toJson(t.body),
      starts_on_stage: null,
      starts_on_phase: t.startsOnPhase,
      archived: toFlag(false),
      created_by: null,
      created_at: now,
      updated_at: now,
    });
  }
  return STARTER_TEMPLATES.length;
}
