import { ErrorBody } from '@trustcircle/contracts';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { invalid } from '../../platform/errors.ts';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { importAccounts } from './importAccounts.ts';
import { importContacts } from './importContacts.ts';
import { ImportQuery, ImportReport } from './schemas.ts';

const tags = ['Imports'];
const MAX_UPLOAD = 5 * 1024 * 1024;
const CSV_TYPES = ['text/csv', 'application/csv'];

/** POST the CSV file itself as the body (Content-Type: text/csv); the answer is the report. */
export function importRoutes(app: App) {
  // The bytes stay bytes: the importer decodes them (BOM, UTF-16, Windows-1252) itself.
  app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  for (const kind of ['accounts', 'contacts'] as const) {
    app.post(
      `/api/v1/imports/${kind}`,
      {
        // On the route, not the parser: a JSON body sent here is held to the same 5 MB.
        bodyLimit: MAX_UPLOAD,
        schema: {
          tags,
          summary: `Import ${kind} from a CSV file (Salesforce, HubSpot or our column names)`,
          description: [
            'Send the file as the request body with `Content-Type: text/csv` (at most 5 MB).',
            'Rows match existing records, so importing the same file twice creates nothing.',
            'Rows that cannot be imported are listed in `skipped` with the reason.',
          ].join(' '),
          querystring: ImportQuery,
          response: { 200: ImportReport, 400: ErrorBody, 403: ErrorBody, 413: ErrorBody, 415: ErrorBody },
        },
      },
      async (req) => {
        const verb = kind === 'accounts' ? importAccounts : importContacts;
        return verb({ ctx: requestCtx(req), input: importInput(req, req.query) });
      },
    );
  }
}

function importInput(req: FastifyRequest, query: z.output<typeof ImportQuery>) {
  if (!Buffer.isBuffer(req.body)) {
    throw invalid('Send the CSV file as the request body with Content-Type: text/csv');
  }
  return {
    file: req.body,
    fileName: query.fileName ?? `${req.routeOptions.url?.split('/').pop() ?? 'import'}.csv`,
    map: query.map,
    dryRun: query.dryRun ?? false,
  };
}
