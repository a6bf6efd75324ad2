import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// The labelled relevance set: pages written for it, grouped by what they cover (this case across its
// timeline, passing mentions of it, the look-alike cases, other Meta and New Mexico news).

export interface LabelledPage {
  id: string;
  category: string;
  /** The file it comes from, without .yaml (e.g. blind-2026-11-27-relevant). */
  file: string;
  relevant: boolean;
  language: string;
  title: string;
  text: string;
  /** Every fourth page of a file is held out: never looked at while tuning the model. */
  heldOut: boolean;
}

const dir = fileURLToPath(new URL('./labelled/', import.meta.url));

interface LabelledFile {
  category: string;
  relevant: boolean;
  items: { id: string; title: string; text: string; language?: string }[];
}

/** Every labelled page, file by file. */
export function labelledPages(): LabelledPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const file = parse(readFileSync(dir + f, 'utf8')) as LabelledFile;
      return file.items.map((item, index) => ({
        id: item.id,
        category: file.category,
        file: f.slice(0, -'.yaml'.length),
        relevant: file.relevant,
        language: item.language ?? 'en',
        title: item.title,
        text: item.text.trim(),
        heldOut: index % 4 === 3,
      }));
    });
}
