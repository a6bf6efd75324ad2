// The source reader thread's entry when running from the TypeScript sources. Plain JavaScript: a worker thread
// starts without the TypeScript loader its process was given, so it registers tsx itself before loading the
// thread's code. The build (npm run build) starts the compiled reader-thread.worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./reader-thread.worker.ts');
