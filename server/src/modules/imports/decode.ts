import { invalid } from '../../platform/errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded = { text: string; encoding: Encoding; warning: string | null };

/**
 * Turns the bytes of an uploaded file into text. CRM exports come as UTF-8 (with or without a
 * byte-order mark), as UTF-16 from Excel's "Unicode text", and as Windows-1252 from older
 * tools (Salesforce Data Loader writes Latin-1 bytes). Pure.
 */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw invalid('The file is empty');
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf8(bytes.subarray(3), 'utf-8-bom');
  if (a === 0xff && b === 0xfe)
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', warning: null };
  if (a === 0xfe && b === 0xff)
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', warning: null };
  if (bytes.includes(0)) {
    const utf16 = guessUtf16(bytes);
    if (!utf16) throw invalid('The file is not text (it holds binary data). Export it from your CRM as CSV.');
    return { text: decode(utf16, bytes), encoding: utf16, warning: null };
  }
  return utf8(bytes, 'utf-8');
}

function utf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): Decoded {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding,
      warning: null,
    };
  } catch {
    const line = lineOfFirstBadByte(bytes);
    return {
      text: decode('windows-1252', bytes),
      encoding: 'windows-1252',
      warning: `The file is not valid UTF-8 (first at line ${line}); it was read as Windows-1252 (Latin-1). Check accented letters.`,
    };
  }
}

const decode = (label: string, bytes: Uint8Array) =>
  new TextDecoder(label, { ignoreBOM: true }).decode(bytes);

/** UTF-16 without a byte-order mark: ASCII text then has a zero in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  if (oddZeros / pairs > 0.7 && evenZeros / pairs < 0.1) return 'utf-16le';
  if (evenZeros / pairs > 0.7 && oddZeros / pairs < 0.1) return 'utf-16be';
  return null;
}

/** The 1-based line of the first byte sequence that is not UTF-8, for the warning. */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (byte === 0x0a) line++;
    const len =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return line;
    }
    i += len;
  }
  return line;
}
