import { Worker } from 'node:worker_threads';
import { compiled } from '../config/paths.ts';
import type { SourceReading } from './candidate.ts';
import { SourceFormatError } from './candidate.ts';
import type { SourceBody } from './read-body.ts';
import { readSourceBody } from './read-body.ts';

/**
 * Bodies longer than this are read on the reader thread. Parsing is about 0.2 ms per kilobyte here (a
 * 10,000-item feed of 1.2 MB takes 0.2–0.8 s, a 10 MB one 2 s and 220 MB of heap): done in the process's own
 * thread it stops every fetch, job and lock renewal sharing it, whose timers then fire late all at once. Below
 * this a body reads in a few milliseconds, less than the trip to the thread costs.
 */
export const offThreadBytes = 64 * 1024;

/** The thread stops after this long without work, so an idle process does not carry its heap. */
const idleMs = 30_000;

/**
 * The thread's heap limit: a 10 MB feed (the body cap) parses in about 220 MB. A body that needs more ends the
 * thread, not the process, and its read fails as a format error.
 */
const heapLimitMb = 384;

interface Pending {
  resolve: (reading: SourceReading) => void;
  reject: (error: Error) => void;
}

interface ReaderThread {
  worker: Worker;
  pending: Map<number, Pending>;
  idle?: NodeJS.Timeout;
}

type Answer =
  { id: number; reading: SourceReading } | { id: number; error: { name: string; message: string } };

/**
 * The thread's entry: the compiled reader-thread.worker.js in the build; from the sources a plain JavaScript file
 * that registers tsx first, since a worker thread does not get the TypeScript loader its process was given.
 */
const threadEntry = new URL(
  compiled ? './reader-thread.worker.js' : './reader-thread-tsx.js',
  import.meta.url,
);

let thread: ReaderThread | undefined;
let nextId = 0;

function failAll(t: ReaderThread, error: Error): void {
  for (const p of t.pending.values()) p.reject(error);
  t.pending.clear();
}

function startThread(): ReaderThread {
  const worker = new Worker(threadEntry, {
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
  });
  const t: ReaderThread = { worker, pending: new Map() };
  worker.on('message', (answer: Answer) => {
    const p = t.pending.get(answer.id);
    if (!p) return;
    t.pending.delete(answer.id);
    if ('reading' in answer) p.resolve(answer.reading);
    else if (answer.error.name === 'SourceFormatError') p.reject(new SourceFormatError(answer.error.message));
    else p.reject(new Error(answer.error.message));
    settled(t);
  });
  worker.on('error', (error: Error & { code?: string }) => {
    if (thread === t) thread = undefined;
    failAll(
      t,
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new SourceFormatError(`too large to read: parsing it needed more than ${heapLimitMb} MB`)
        : new Error(`source reader thread failed: ${error.message}`),
    );
  });
  worker.on('exit', (code) => {
    if (thread === t) thread = undefined;
    failAll(t, new Error(`source reader thread exited with code ${code}`));
  });
  return t;
}

/** When nothing is pending the thread no longer keeps the process alive, and stops after idleMs. */
function settled(t: ReaderThread): void {
  if (t.pending.size > 0) return;
  t.worker.unref();
  t.idle = setTimeout(() => {
    if (thread === t) thread = undefined;
    void t.worker.terminate();
  }, idleMs).unref();
}

/** Reads a source's body on the reader thread (started on first use). Throws what readSourceBody throws. */
export function readSourceBodyOffThread(input: SourceBody): Promise<SourceReading> {
  const t = (thread ??= startThread());
  clearTimeout(t.idle);
  t.worker.ref();
  const id = nextId++;
  return new Promise<SourceReading>((resolve, reject) => {
    t.pending.set(id, { resolve, reject });
    t.worker.postMessage({ id, input });
  });
}

/**
 * Reads a source's body without holding up the process: on the reader thread when it is big, here when it is
 * small. Throws what readSourceBody throws.
 */
export async function readSourceBodyUnblocked(input: SourceBody): Promise<SourceReading> {
  return input.body.byteLength > offThreadBytes ? readSourceBodyOffThread(input) : readSourceBody(input);
}
