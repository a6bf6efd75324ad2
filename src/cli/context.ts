import type { Config } from '../config/index.ts';
import { loadConfig } from '../config/index.ts';
import type { App, AppOptions } from '../runtime/app.ts';
import { createApp } from '../runtime/app.ts';
import { onShutdown } from '../runtime/shutdown.ts';

/** Parses the configuration once per command, with CLI flags applied over the environment. */
export function commandConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig(process.env, overrides);
}

/** Builds the app for a command, runs `body`, and always closes the app (also on SIGINT / SIGTERM). */
export async function withApp<T>(
  config: Config,
  body: (app: App) => Promise<T>,
  options: AppOptions = {},
): Promise<T> {
  const app = await createApp(config, options);
  const unregister = onShutdown(() => app.close());
  try {
    return await body(app);
  } finally {
    unregister();
    await app.close();
  }
}
