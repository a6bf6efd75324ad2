import type { SourceKind } from '../cases/index.ts';
import { decodeBody } from '../extract/decode.ts';
import type { SourceReading } from './candidate.ts';
import { newestCandidates } from './newest.ts';
import { readSource } from './read-source.ts';

export interface SourceBody {
  kind: SourceKind;
  body: Uint8Array;
  contentType: string | undefined;
  /** The URL the body came from: links are resolved against it. */
  url: string;
  linkPattern?: string;
}

/**
 * A source's answer read as its kind, from bytes to its newest `maxCandidatesPerRead` links. Synchronous and
 * CPU-bound: a big body belongs on the reader thread (readSourceBodyUnblocked). Throws SourceFormatError.
 */
export function readSourceBody(input: SourceBody): SourceReading {
  const { text } = decodeBody(input.body, input.contentType);
  const reading = readSource(input.kind, text, input.url, { linkPattern: input.linkPattern });
  return { ...reading, candidates: newestCandidates(reading.candidates) };
}
