import { faultCases, startFaultServer } from './fault-server.ts';

// The fault server's own process (startFaultServerProcess): serves the cases of the options it is given and
// tells its parent where; it ends with its parent.
const options = JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof faultCases>[0];
const server = await startFaultServer(faultCases(options));
process.on('disconnect', () => void server.close().finally(() => process.exit(0)));
process.send?.({ base: server.base });
