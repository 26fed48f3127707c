import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, OptionalText, Person } from './common.ts';

/** What a share link opens. Plans now; incidents, surveys and the portal use the same links. */
export const SHARE_SUBJECTS = ['plan'] as const;
export const ShareSubject = z.enum(SHARE_SUBJECTS);
export type ShareSubject = z.infer<typeof ShareSubject>;

export const ShareLinkCreate = z
  .object({
    label: OptionalText(200).describe('who the link is for, e.g. "Acme project team"'),
    expiresOn: IsoDate.nullish().describe('the last day the link works (default: never expires)'),
    requireCode: z
      .boolean()
      .default(false)
      .describe("visitors prove they are one of the account's contacts with a one-time code sent by email"),
  })
  .strict()
  .meta({ id: 'ShareLinkCreate' });
export type ShareLinkCreate = z.input<typeof ShareLinkCreate>;

export const ShareLink = z
  .object({
    id: Id,
    subject: z.object({ type: ShareSubject, id: Id }),
    label: z.string().nullable(),
    requireCode: z.boolean(),
    expiresOn: IsoDate.nullable(),
    /** Personal links are minted for one contact (the links in reminder emails). */
    contact: z.object({ id: Id, name: z.string() }).nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
    createdBy: Person.nullable(),
    createdAt: IsoDateTime,
    revokedAt: IsoDateTime.nullable(),
    lastViewedAt: IsoDateTime.nullable(),
    views: z.number().int().min(0),
    actions: z.number().int().min(0),
  })
  .meta({ id: 'ShareLink' });
export type ShareLink = z.infer<typeof ShareLink>;

/** Only the answer to creating a link carries its address: the token is stored hashed. */
export const ShareLinkCreated = ShareLink.extend({
  url: z.string().describe('the address to send to the customer; shown only this once'),
}).meta({ id: 'ShareLinkCreated' });
export type ShareLinkCreated = z.infer<typeof ShareLinkCreated>;

export const ShareLinks = z.object({ data: z.array(ShareLink) }).meta({ id: 'ShareLinks' });
export type ShareLinks = z.infer<typeof ShareLinks>;

export const SHARE_ACTIVITY_KINDS = [
  'viewed',
  'code_sent',
  'code_verified',
  'task_done',
  'task_reopened',
  'commented',
  'owner_added',
  'milestone_rated',
] as const;
export const ShareActivityKind = z.enum(SHARE_ACTIVITY_KINDS);
export type ShareActivityKind = z.infer<typeof ShareActivityKind>;

/** Who viewed and acted through a plan's links, and when (newest first). */
export const ShareActivity = z
  .object({
    id: Id,
    linkId: Id,
    kind: ShareActivityKind,
    /** The contact the visitor proved to be (code) or was added as; null for an anonymous view. */
    contact: z.object({ id: Id, name: z.string() }).nullable(),
    detail: z.string().nullable().describe('e.g. the task that was marked done'),
    at: IsoDateTime,
  })
  .meta({ id: 'ShareActivity' });
export type ShareActivity = z.infer<typeof ShareActivity>;
export const ShareActivityList = z.object({ data: z.array(ShareActivity) }).meta({ id: 'ShareActivityList' });
export type ShareActivityList = z.infer<typeof ShareActivityList>;
