// The fault server's thread (startFaultServerThread). Plain JavaScript: a worker thread starts without the
// TypeScript loader its process was given, so it registers tsx itself before loading the server.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { faultCases, startFaultServer } = await import('./fault-server.ts');
const server = await startFaultServer(faultCases(workerData));
parentPort.postMessage({ base: server.base });
