import { z } from 'zod';
import { Email, Id, IsoDateTime, OptionalText, PageQuery, Person, page, QueryBool, Text } from './common.ts';

export const CONTACT_ROLES = ['champion', 'decision_maker', 'executive_sponsor', 'user'] as const;
export const ContactRole = z.enum(CONTACT_ROLES);
export type ContactRole = z.infer<typeof ContactRole>;

const NullableEmail = z
  .union([z.literal(''), Email])
  .nullish()
  .transform((v) => (v ? v : null));

const contactFields = {
  accountId: Id,
  firstName: Text(100),
  lastName: OptionalText(100),
  email: NullableEmail,
  phone: OptionalText(50),
  title: OptionalText(150),
  role: ContactRole.nullish(),
  isPrimary: z.boolean(),
};

export const ContactCreate = z
  .object({
    ...contactFields,
    isPrimary: z.boolean().default(false),
    externalId: OptionalText(200),
  })
  .strict()
  .meta({ id: 'ContactCreate' });
export type ContactCreate = z.input<typeof ContactCreate>;

export const ContactUpdate = z
  .object({
    accountId: Id.optional(),
    firstName: contactFields.firstName.optional(),
    // .optional(): a field the PATCH leaves out stays as it is (the transform alone makes it null).
    lastName: contactFields.lastName.optional(),
    email: contactFields.email.optional(),
    phone: contactFields.phone.optional(),
    title: contactFields.title.optional(),
    role: contactFields.role,
    isPrimary: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'ContactUpdate' });
export type ContactUpdate = z.input<typeof ContactUpdate>;

export const Contact = z
  .object({
    id: Id,
    accountId: Id,
    accountName: z.string(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    title: z.string().nullable(),
    role: ContactRole.nullable(),
    isPrimary: z.boolean(),
    externalId: z.string().nullable(),
    rapportCount: z.number().int(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof Contact>;

export const ContactListQuery = PageQuery.extend({
  accountId: Id.optional(),
  q: z.string().trim().max(200).optional().describe('matches name, email or title'),
  role: ContactRole.optional(),
  count: QueryBool.optional().describe('also return the total number of matches'),
});
export type ContactListQuery = z.input<typeof ContactListQuery>;
export const ContactPage = page(Contact).meta({ id: 'ContactPage' });

export const RAPPORT_KINDS = ['family', 'pet', 'interest', 'milestone', 'travel', 'other'] as const;
export const RapportKind = z.enum(RAPPORT_KINDS);
export type RapportKind = z.infer<typeof RapportKind>;
export const Visibility = z.enum(['private', 'team']).describe('private: only its author sees it');

export const RapportCreate = z
  .object({
    kind: RapportKind,
    text: Text(1000),
    mentionAtNextCheckIn: z.boolean().default(false),
    visibility: Visibility.default('team'),
  })
  .strict()
  .meta({ id: 'RapportFactCreate' });
export type RapportCreate = z.input<typeof RapportCreate>;

export const RapportUpdate = z
  .object({
    kind: RapportKind.optional(),
    text: Text(1000).optional(),
    mentionAtNextCheckIn: z.boolean().optional(),
    visibility: Visibility.optional(),
  })
  .strict()
  .meta({ id: 'RapportFactUpdate' });
export type RapportUpdate = z.input<typeof RapportUpdate>;

export const RapportFact = z
  .object({
    id: Id,
    contactId: Id,
    kind: RapportKind,
    text: z.string(),
    mentionAtNextCheckIn: z.boolean(),
    visibility: Visibility,
    author: Person.nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'RapportFact' });
export type RapportFact = z.infer<typeof RapportFact>;
export const RapportList = z.object({ data: z.array(RapportFact) }).meta({ id: 'RapportList' });
