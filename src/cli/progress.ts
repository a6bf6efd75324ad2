import cliProgress from 'cli-progress';
import type { QueueSystem } from '../queue/index.ts';
import type { JobSettledListener } from '../queue/types.ts';

export interface Progress {
  onJobSettled: JobSettledListener;
  stop(): void;
}

/**
 * A progress bar on stderr while a pass runs, when stderr is a terminal; silent otherwise (cron, pipes, CI).
 * Its total grows as discovery finds pages: done jobs plus what the queues still hold.
 */
export function passProgress(queues: QueueSystem, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { onJobSettled: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: 'casewatch {bar} {value}/{total} jobs | {stage}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  let stage = 'discovering';
  bar.start(1, 0, { stage });
  const timer = setInterval(() => {
    void queues.counts().then((counts) => {
      const left = Object.values(counts).reduce((sum, c) => sum + c.waiting + c.active + c.delayed, 0);
      const busiest = Object.entries(counts).find(([, c]) => c.active > 0)?.[0];
      if (busiest) stage = busiest;
      bar.setTotal(Math.max(1, done + left));
      bar.update(done, { stage });
    });
  }, 250);
  return {
    onJobSettled: () => {
      done += 1;
    },
    stop: () => {
      clearInterval(timer);
      bar.stop();
    },
  };
}
