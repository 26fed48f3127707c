import { QueryBool } from '@trustcircle/contracts';
import { z } from 'zod';

const MAX_BYTES = 50 * 1024 * 1024;

/** What both import verbs take: the file's bytes as uploaded, never already-decoded text. */
export const ImportRequest = z
  .object({
    file: z
      .custom<Uint8Array>((v) => v instanceof Uint8Array, 'must be the bytes of a CSV file')
      .refine((b) => b.length <= MAX_BYTES, 'must be at most 50 MB'),
    fileName: z.string().trim().min(1).max(255).default('import.csv'),
    map: z.array(z.string().max(300)).max(100).default([]),
    dryRun: z.boolean().default(false),
  })
  .strict();
export type ImportRequest = z.input<typeof ImportRequest>;

export const ImportQuery = z.object({
  map: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .describe('"Column=field", repeatable; field is one of ours, custom.<key> or ignore'),
  dryRun: QueryBool.optional().describe('check the file and count what would change, save nothing'),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .optional()
    .describe('the file name, for the report and timeline'),
});

export const ImportReport = z
  .object({
    file: z.string(),
    kind: z.enum(['accounts', 'contacts']),
    total: z.number().int().describe('data rows in the file (blank rows not counted)'),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.array(z.object({ row: z.number().int(), reason: z.string() })),
    warnings: z.array(
      z.object({
        row: z.number().int().nullable().describe('null for the whole file'),
        message: z.string(),
      }),
    ),
    mapping: z.record(z.string(), z.string()).describe('column → field'),
    ignoredColumns: z.array(z.string()),
    encoding: z.string(),
    dryRun: z.boolean(),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;
