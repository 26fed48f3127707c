import type { Clock } from '../clock.ts';
import type { Db } from '../context.ts';
import type { Logger } from '../logging/logger.ts';

/** What a job handler receives: the platform's services, no request and no actor. */
export type JobContext = {
  db: Db;
  clock: Clock;
  log: Logger;
  job: { id: string; workspaceId: string | null; attempt: number; maxAttempts: number };
};

export type JobHandler = {
  type: string;
  maxAttempts?: number;
  run: (jctx: JobContext, payload: unknown) => Promise<void>;
  /** Called once when the last attempt failed, to record the failure where users see it. */
  onDead?: (jctx: JobContext, payload: unknown, error: string) => Promise<void>;
};

export type DomainEvent = {
  id: string;
  workspaceId: string | null;
  type: string;
  payload: unknown;
  createdAt: string;
};

export type JobRequest = { type: string; payload: unknown; workspaceId?: string | null; runAt?: string };

/** Turns a committed event into the jobs that react to it. */
export type Subscriber = { event: string; jobsFor: (event: DomainEvent) => JobRequest[] };

export type ScheduledTask = { name: string; everyMs: number; jobType: string };

export class JobRegistry {
  readonly handlers = new Map<string, JobHandler>();
  readonly subscribers: Subscriber[] = [];
  readonly schedule: ScheduledTask[] = [];

  handle(handler: JobHandler): this {
    if (this.handlers.has(handler.type)) throw new Error(`job handler ${handler.type} registered twice`);
    this.handlers.set(handler.type, handler);
    return this;
  }

  subscribe(event: string, jobsFor: Subscriber['jobsFor']): this {
    this.subscribers.push({ event, jobsFor });
    return this;
  }

  every(name: string, everyMs: number, handler: Omit<JobHandler, 'type'>): this {
    const jobType = `scheduled.${name}`;
    this.handle({ ...handler, type: jobType });
    this.schedule.push({ name, everyMs, jobType });
    return this;
  }

  jobsForEvent(event: DomainEvent): JobRequest[] {
    return this.subscribers
      .filter((s) => s.event === event.type || s.event === '*')
      .flatMap((s) => s.jobsFor(event))
      .map((j) => ({ ...j, workspaceId: j.workspaceId ?? event.workspaceId }));
  }
}
