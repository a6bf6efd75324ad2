// The source reader thread's entry. Plain JavaScript: a worker thread starts without the TypeScript loader its
// process was given, so it registers tsx itself before loading the reader.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readSourceBody } = await import('./read-body.ts');

parentPort.on('message', ({ id, input }) => {
  try {
    parentPort.postMessage({ id, reading: readSourceBody(input) });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    parentPort.postMessage({ id, error: { name, message } });
  }
});
