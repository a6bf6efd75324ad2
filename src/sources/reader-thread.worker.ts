// The source reader thread's code. The build runs its compiled module as the thread's entry; from the sources,
// reader-thread-tsx.js registers the TypeScript loader first and then loads this file.
import { parentPort } from 'node:worker_threads';
import { readSourceBody } from './read-body.ts';
import type { SourceBody } from './read-body.ts';

const port = parentPort!;
port.on('message', ({ id, input }: { id: number; input: SourceBody }) => {
  try {
    port.postMessage({ id, reading: readSourceBody(input) });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ id, error: { name, message } });
  }
});
