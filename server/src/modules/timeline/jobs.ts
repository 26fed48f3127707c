import type { JobRegistry } from '../../platform/jobs/registry.ts';
import { describeEvent, TIMELINE_EVENTS } from './describe.ts';
import { insertEntry } from './repository.ts';

type Payload = {
  eventId: string;
  type: string;
  at: string;
  subject?: { type?: string; id?: string | null };
  data?: Record<string, unknown>;
  actor?: { type?: string; id?: string | null };
};

/** System entries (stage changes, new contacts, imports) come from committed domain events. */
export function registerTimelineJobs(registry: JobRegistry) {
  for (const event of TIMELINE_EVENTS) {
    registry.subscribe(event, (e) => [
      {
        type: 'timeline.system_entry',
        payload: { eventId: e.id, type: e.type, at: e.createdAt, ...(e.payload as object) },
      },
    ]);
  }
  registry.handle({
    type: 'timeline.system_entry',
    run: async (jctx, raw) => {
      const p = raw as Payload;
      const entry = describeEvent(p.type, p);
      if (!entry || !jctx.job.workspaceId) return;
      try {
        await insertEntry(jctx.db, {
          // The event id doubles as the entry id, so a retried job cannot write it twice.
          id: p.eventId,
          workspace_id: jctx.job.workspaceId,
          account_id: entry.accountId,
          kind: 'system',
          title: entry.title,
          body: entry.body,
          occurred_at: p.at,
          contact_id: entry.contactId,
          author_id: p.actor?.type === 'user' ? (p.actor.id ?? null) : null,
          event: p.type,
          data: p.data ?? null,
          created_at: jctx.clock.now().toISOString(),
        });
      } catch (err) {
        // The account may have been deleted before the job ran; nothing to show then.
        if (String(err).includes('FOREIGN KEY') || String(err).includes('foreign key')) return;
        throw err;
      }
    },
  });
}
