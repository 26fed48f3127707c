import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { App } from '../../src/platform/http/types.ts';
import type { Client } from '../harness/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export type Capture = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
};

export const loadCapture = (name: string): Capture[] =>
  JSON.parse(readFileSync(path.join(here, '../fixtures/segment-wire', name), 'utf8')) as Capture[];

export const basic = (writeKey: string) => `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;

/** Sends one ingestion call the way an SDK would: raw bytes, its content type, optional gzip. */
export async function ingest(
  app: App,
  url: string,
  body: unknown,
  opts: { writeKey?: string; contentType?: string; gzip?: boolean; headers?: Record<string, string> } = {},
) {
  const raw = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/json',
    ...opts.headers,
  };
  if (opts.writeKey) headers.authorization = basic(opts.writeKey);
  if (opts.gzip) headers['content-encoding'] = 'gzip';
  const res = await app.inject({ method: 'POST', url, headers, payload: opts.gzip ? gzipSync(raw) : raw });
  return { status: res.statusCode, headers: res.headers, body: res.body ? JSON.parse(res.body) : null };
}

export async function createSource(
  admin: Client,
  name = 'Product backend',
): Promise<{ id: string; writeKey: string }> {
  const r = await admin.post('/api/v1/sources', { name });
  if (r.status !== 201) throw new Error(`source create failed: ${r.status} ${r.text}`);
  return r.body;
}

let n = 0;
/** A valid track call with a unique message id. */
export const track = (over: Record<string, unknown> = {}) => ({
  type: 'track',
  event: 'Report Exported',
  userId: 'u1',
  messageId: `test-${Date.now()}-${++n}`,
  timestamp: '2026-11-20T10:00:00.000Z',
  ...over,
});
