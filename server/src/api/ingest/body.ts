import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { DomainError, invalid } from '../../platform/errors.ts';

/** Segment's limit for one request, after decompression (and so on the wire too). */
export const MAX_BODY_BYTES = 500 * 1024;

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const brotli = promisify(zlib.brotliDecompress);

/**
 * Reads an ingestion body whatever it claims to be: SDKs send JSON as application/json,
 * text/plain (analytics.js, to skip the CORS preflight) or, in RudderStack's case, gzip
 * labelled application/x-www-form-urlencoded. Only the bytes decide.
 */
export async function decodeBody(raw: Buffer | undefined, encoding: string | undefined): Promise<unknown> {
  if (!raw || raw.length === 0) throw invalid('The body is empty; send a JSON object');
  let bytes = raw;
  const enc = (encoding ?? '').trim().toLowerCase();
  const limit = { maxOutputLength: MAX_BODY_BYTES + 1 };
  try {
    if (enc === 'gzip' || (enc === '' && raw[0] === 0x1f && raw[1] === 0x8b))
      bytes = await gunzip(raw, limit);
    else if (enc === 'deflate') bytes = await inflate(raw, limit);
    else if (enc === 'br') bytes = await brotli(raw, limit);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw invalid(`The body could not be decompressed (${enc || 'gzip'})`);
  }
  if (bytes.length > MAX_BODY_BYTES) throw tooLarge();
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalid('The body is not valid JSON');
  }
}

// 413 like a body refused on the wire: Segment's SDKs retry neither, and only the size differs.
const tooLarge = () =>
  new DomainError(
    'TOO_LARGE',
    `The body is larger than ${MAX_BODY_BYTES / 1024} KB decompressed; send smaller batches`,
    {
      limitBytes: MAX_BODY_BYTES,
    },
  );
