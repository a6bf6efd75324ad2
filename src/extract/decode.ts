import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

// Turns a body's bytes into text: BOM first, then the HTTP charset, then <meta charset> / http-equiv, then a
// UTF-8 validity check, falling back to windows-1252 (what browsers assume for unlabelled Western pages).

const metaCharset = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function normaliseLabel(label: string | undefined | null): string | undefined {
  if (!label) return undefined;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | undefined | null): string | undefined {
  const match = /charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType ?? '');
  return normaliseLabel(match?.[1]);
}

function bomEncoding(body: Uint8Array): { encoding: string; skip: number } | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** Validates without decoding: the body is decoded once, after the encoding is chosen. */
function isValidUtf8(body: Uint8Array): boolean {
  return isUtf8(body);
}

/** Whether any byte is outside ASCII. */
function hasNonAscii(body: Uint8Array): boolean {
  for (let i = 0; i < body.length; i++) if (body[i]! >= 0x80) return true;
  return false;
}

/** UTF-16 without a BOM shows as every other byte zero in ASCII markup. */
function sniffUtf16(body: Uint8Array): string | undefined {
  const n = Math.min(body.length, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i++) {
    if (body[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (n >= 8 && oddZeros > n / 4 && evenZeros === 0) return 'utf-16le';
  if (n >= 8 && evenZeros > n / 4 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Bytes to text in a WHATWG encoding. Node 20's TextDecoder reads windows-1252 as latin-1 (0x93 becomes a
 * control character, not “), so legacy encodings go through iconv-lite; UTF-8 and UTF-16 through the platform.
 */
function decodeAs(body: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8' || encoding.startsWith('utf-16') || !iconv.encodingExists(encoding)) {
    return new TextDecoder(encoding).decode(body);
  }
  return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);
}

/** Decodes an HTML or XML body to text. Returns the text and the encoding used. */
export function decodeBody(
  body: Uint8Array,
  contentType?: string | null,
): { text: string; encoding: string } {
  const bom = bomEncoding(body);
  if (bom)
    return { text: new TextDecoder(bom.encoding).decode(body.subarray(bom.skip)), encoding: bom.encoding };
  const utf16 = sniffUtf16(body);
  if (utf16) return { text: new TextDecoder(utf16).decode(body), encoding: utf16 };

  // Only ASCII labels are looked for here, so a byte-per-character read does (and needs no decoder).
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 2048)).toString('latin1');
  const declared =
    charsetFromContentType(contentType) ??
    normaliseLabel(metaCharset.exec(head)?.[1]) ??
    normaliseLabel(/<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1]);
  const utf8 = isValidUtf8(body);
  let encoding: string;
  if (declared === 'utf-8' || declared === undefined) encoding = utf8 ? 'utf-8' : 'windows-1252';
  else if (declared.startsWith('utf-16'))
    encoding = utf8 ? 'utf-8' : declared; // labelled UTF-16 but 8-bit bytes
  // A page labelled as a single-byte charset whose bytes are valid, non-ASCII UTF-8 is almost always mislabelled.
  else if (utf8 && hasNonAscii(body)) encoding = 'utf-8';
  else encoding = declared;
  return { text: decodeAs(body, encoding), encoding };
}
