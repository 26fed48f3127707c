import type { Kysely } from 'kysely';
import type { Clock } from './clock.ts';
import type { Database } from './db/schema.ts';
import type { Logger } from './logging/logger.ts';

export type Role = 'admin' | 'manager' | 'csm' | 'viewer';

/** Who is acting. A customer on a share link is a named principal with a narrow scope. */
export type Actor =
  | { type: 'user'; userId: string; role: Role; name: string; sessionId: string | null }
  | { type: 'apiKey'; apiKeyId: string; scope: 'read' | 'read_write'; name: string }
  | {
      type: 'shareLink';
      shareLinkId: string;
      subjectType: string;
      subjectId: string;
      /** The contact the visitor is: proved with a one-time code, or the link's own contact. */
      contactId: string | null;
    }
  /** A product backend sending events with a source's write key (the ingestion API). */
  | { type: 'source'; sourceId: string; name: string }
  | { type: 'system'; reason: string }
  | { type: 'cli'; command: string };

export type WorkspaceRef = { id: string; name: string };

export type Db = Kysely<Database>;

export type Ctx = {
  workspace: WorkspaceRef;
  actor: Actor;
  db: Db;
  clock: Clock;
  log: Logger;
  requestId: string;
  /** The public address of this installation, for links in emails and share pages. */
  baseUrl: string;
};

/** A context before a workspace is known (setup, login, password reset). */
export type BaseCtx = Omit<Ctx, 'workspace' | 'actor'> & { actor?: Actor };

export const actorId = (actor: Actor): string | null => {
  switch (actor.type) {
    case 'user':
      return actor.userId;
    case 'apiKey':
      return actor.apiKeyId;
    case 'shareLink':
      return actor.shareLinkId;
    case 'source':
      return actor.sourceId;
    default:
      return null;
  }
};

/** The user behind an action, when there is one (authors of notes, owners of keys). */
export const actingUserId = (actor: Actor): string | null => (actor.type === 'user' ? actor.userId : null);
