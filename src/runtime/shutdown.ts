type Cleanup = () => Promise<void>;

const cleanups = new Set<Cleanup>();
let installed = false;
let shuttingDown = false;

/**
 * Runs `cleanup` on SIGTERM or SIGINT (a second signal exits at once). Returns a function that unregisters it.
 * Handlers are installed on first use, not on import.
 */
export function onShutdown(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  if (!installed) {
    installed = true;
    const handle = (signal: NodeJS.Signals) => {
      if (shuttingDown) process.exit(130);
      shuttingDown = true;
      process.stderr.write(`casewatch: ${signal}: finishing running jobs, then exiting\n`);
      void Promise.allSettled([...cleanups].map((c) => c())).then(() =>
        process.exit(signal === 'SIGINT' ? 130 : 143),
      );
    };
    process.on('SIGTERM', handle);
    process.on('SIGINT', handle);
  }
  return () => cleanups.delete(cleanup);
}
