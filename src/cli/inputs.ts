import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.ts';

/**
 * Expands a command's inputs: a directory stands for its files with one of `extensions` (sorted by name), a
 * file for itself, and an http(s) URL for itself when `urls` is set. Throws UsageError naming an input that is
 * none of these.
 */
export function expandInputs(
  command: string,
  inputs: readonly string[],
  options: { extensions: RegExp; urls?: boolean },
): string[] {
  return inputs.flatMap((input) => {
    if (options.urls && /^https?:\/\//i.test(input)) return [input];
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new UsageError(`${command}: no such file${options.urls ? ' or URL' : ''}: ${input}`);
    }
    if (!stat.isDirectory()) return [input];
    return readdirSync(input)
      .filter((f) => options.extensions.test(f))
      .sort()
      .map((f) => path.join(input, f));
  });
}
