import type { Command } from 'commander';
import type { ClaimMentionEntry, ClaimSighting, ClaimSummary, RelatedClaim } from '../../db/index.ts';
import {
  articleClaims,
  caseClaims,
  claimConflicts,
  claimProvenance,
  rekeyClaims,
  storyClaims,
} from '../../db/index.ts';
import { claimContext, matchKeys } from '../../pipeline/article-claims.ts';
import type { App } from '../../runtime/app.ts';
import { commandConfig, withApp } from '../context.ts';
import { UsageError } from '../errors.ts';
import { printJson, printTable } from '../output.ts';
import { resolveCase } from '../resolve-case.ts';

interface StoredClaimsFlags {
  story?: string;
  article?: string;
  conflicts?: boolean;
  case?: string;
  limit: string;
  json?: boolean;
}

const when = (d: Date) => `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const indent = ' '.repeat(13);

function parseId(command: string, what: string, raw: string): number {
  if (!/^\d{1,15}$/.test(raw) || Number(raw) === 0)
    throw new UsageError(`${command}: not ${what} id: ${JSON.stringify(raw)}`);
  return Number(raw);
}

function parseLimit(raw: string): number {
  if (!/^[1-9]\d{0,4}$/.test(raw))
    throw new UsageError(`claims: --limit must be a number from 1 to 99999, not ${JSON.stringify(raw)}`);
  return Number(raw);
}

/** The one filter asked for; two at once are bad input, named. */
function chosenFilter(flags: StoredClaimsFlags): 'story' | 'article' | 'conflicts' | 'all' {
  const given = (['story', 'article', 'conflicts'] as const).filter((f) =>
    f === 'conflicts' ? flags.conflicts === true : flags[f] !== undefined,
  );
  if (given.length > 1)
    throw new UsageError(
      `claims: give one of --story, --article, --conflicts, not ${given.map((f) => `--${f}`).join(' and ')}`,
    );
  return given[0] ?? 'all';
}

/** With --case, a story or article of another case is bad input; without it, the item's own case is used. */
async function checkCase(app: App, slug: string | undefined, what: string, caseId: number): Promise<void> {
  if (slug === undefined) return;
  const stored = await resolveCase(app, slug, 'claims');
  if (stored.id !== caseId) throw new UsageError(`claims: ${what} is not in case ${JSON.stringify(slug)}`);
}

const sightingLine = (s: ClaimSighting) => `${s.site}, ${s.url}`;

function countsLine(c: ClaimSummary): string {
  if (c.mentions === 0)
    return c.origin === 'known_fact' ? 'known fact; not stated in coverage yet' : 'no mentions';
  const counts = `${plural(c.mentions, 'mention', 'mentions')} (${plural(c.articles, 'article', 'articles')})`;
  const first = c.firstSeen
    ? `; first ${c.origin === 'known_fact' ? 'stated in coverage' : 'seen'} ${when(c.firstSeen.at)}, ${sightingLine(c.firstSeen)}`
    : '';
  return `${c.origin === 'known_fact' ? 'known fact; ' : ''}${counts}${first}`;
}

const claimLine = (c: Pick<ClaimSummary, 'id' | 'kind' | 'text'>) => `#${c.id} ${c.kind}: ${c.text}`;

const relatedSource = (r: RelatedClaim) =>
  r.origin === 'known_fact' ? `known fact${r.url ? `, ${r.url}` : ''}` : `${r.site ?? ''}, ${r.url ?? ''}`;

/** The claim an entry contradicts or updates, its source, and how the two differ. */
function relatedLines(e: ClaimMentionEntry, pad: string): string {
  if (!e.related) return '';
  const r = e.related;
  const sign = e.relation === 'updated' ? 'updates' : 'contradicts';
  return `${pad}${sign} ${claimLine(r)}\n${pad}  (${relatedSource(r)})\n${e.detail ? `${pad}difference: ${e.detail}\n` : ''}`;
}

function printEntries(entries: ClaimMentionEntry[], showSource: boolean): void {
  if (entries.length === 0) process.stdout.write('(none)\n');
  for (const e of entries) {
    process.stdout.write(`${e.relation.padEnd(12)} ${claimLine(e)}\n`);
    if (showSource)
      process.stdout.write(`${indent}in article ${e.mention.articleId}, ${sightingLine(e.mention)}\n`);
    process.stdout.write(relatedLines(e, indent));
    process.stdout.write(`${indent}${countsLine(e)}\n`);
  }
}

const shown = (count: number, total: number) => (count < total ? ` (showing ${count})` : '');

async function listStoredClaims(flags: StoredClaimsFlags): Promise<void> {
  const filter = chosenFilter(flags);
  const limit = parseLimit(flags.limit);
  const storyId = flags.story === undefined ? 0 : parseId('claims', 'a story', flags.story);
  const articleId = flags.article === undefined ? 0 : parseId('claims', 'an article', flags.article);
  await withApp(commandConfig(), async (app) => {
    if (filter === 'story') {
      const found = await storyClaims(app.db, storyId);
      if (!found) throw new UsageError(`claims: no story with id ${storyId}`);
      await checkCase(app, flags.case, `story ${storyId}`, found.story.caseId);
      const claims = found.claims.slice(0, limit);
      if (flags.json) return printJson({ story: found.story, total: found.claims.length, claims });
      process.stdout.write(
        `Story ${storyId}: ${found.story.title}\n` +
          `${plural(found.claims.length, 'claim', 'claims')} made by its articles${shown(claims.length, found.claims.length)}\n\n`,
      );
      return printEntries(claims, true);
    }
    if (filter === 'article') {
      const found = await articleClaims(app.db, articleId);
      if (!found) throw new UsageError(`claims: no article with id ${articleId}`);
      await checkCase(app, flags.case, `article ${articleId}`, found.article.caseId);
      const claims = found.claims.slice(0, limit);
      if (flags.json) return printJson({ article: found.article, total: found.claims.length, claims });
      const a = found.article;
      process.stdout.write(
        `Article ${a.id} (version ${a.version}, story ${a.storyId}): ${a.title}\n${a.site}, ${a.url}\n` +
          `${plural(found.claims.length, 'claim', 'claims')}${shown(claims.length, found.claims.length)}\n\n`,
      );
      return printEntries(claims, false);
    }
    const stored = await resolveCase(app, flags.case, 'claims');
    if (filter === 'conflicts') {
      const { total, claims } = await claimConflicts(app.db, stored.id, limit);
      if (flags.json) return printJson({ case: stored.slug, total, claims });
      process.stdout.write(
        `${plural(total, 'conflicting or updated claim', 'conflicting or updated claims')} in ${stored.name}, newest first${shown(claims.length, total)}\n\n`,
      );
      if (claims.length === 0) process.stdout.write('(none)\n');
      for (const e of claims) {
        process.stdout.write(`${e.relation}${e.detail ? `: ${e.detail}` : ''}\n`);
        process.stdout.write(`  ${claimLine(e)}\n    (${sightingLine(e.mention)}, ${when(e.mention.at)})\n`);
        const r = e.related;
        if (r) process.stdout.write(`  ${claimLine(r)}\n    (${relatedSource(r)})\n`);
        process.stdout.write('\n');
      }
      return;
    }
    const { total, claims } = await caseClaims(app.db, stored.id, limit);
    if (flags.json) return printJson({ case: stored.slug, total, claims });
    process.stdout.write(
      `${plural(total, 'claim', 'claims')} in ${stored.name}, most mentioned first${shown(claims.length, total)}\n\n`,
    );
    if (claims.length === 0) process.stdout.write('(none)\n');
    for (const c of claims) process.stdout.write(`${claimLine(c)}\n    ${countsLine(c)}\n`);
  });
}

async function showClaim(raw: string, flags: { json?: boolean }): Promise<void> {
  const id = parseId('claims show', 'a claim', raw);
  await withApp(commandConfig(), async (app) => {
    const claim = await claimProvenance(app.db, id);
    if (!claim) throw new UsageError(`claims show: no claim with id ${id}`);
    if (flags.json) return printJson(claim);
    process.stdout.write(`${claimLine(claim)}\n${countsLine(claim)}\n\n`);
    printTable(
      claim.sightings.map((s) => ({
        seen: when(s.at),
        relation: s.relation,
        outlet: s.site,
        article: `${s.articleId} v${s.version}`,
        story: s.counted ? s.storyId : `${s.storyId} (again)`,
        url: s.url,
      })),
    );
  });
}

/**
 * `claims list`, the default subcommand (so `claims --story 3` works), lists the stored claims of a case, a story,
 * an article, or the conflicts; `claims show ID` one claim with every mention. A default subcommand rather than
 * options on `claims` itself: commander would give `claims` the `--json` and `--case` of `claims extract` and
 * `claims diff`, which mean something else there.
 */
/** `claims rekey`: the stored claims' match keys made again the way the code makes them now. */
async function rekey(flags: { case?: string; json?: boolean }): Promise<void> {
  await withApp(commandConfig(), async (app) => {
    const stored = await resolveCase(app, flags.case, 'claims rekey');
    const context = claimContext(stored.definition);
    const result = await rekeyClaims(app.db, stored.id, (text) => matchKeys(text, context));
    if (flags.json) return printJson({ case: stored.slug, ...result });
    process.stdout.write(
      `${stored.name}: ${plural(result.claims, 'claim', 'claims')} read, ${result.changed} with new match keys\n`,
    );
  });
}

export function registerStoredClaims(claims: Command): void {
  claims
    .command('rekey')
    .description("make the stored claims' match keys again, after an upgrade that changes how they are made")
    .option('--case <slug>', 'the case (the first configured case unless given)')
    .option('--json', 'print { case, claims, changed }')
    .action((flags: { case?: string; json?: boolean }) => rekey(flags));
  claims
    .command('list', { isDefault: true })
    .description('stored claims, most mentioned first; or of one story or article; or the conflicts')
    .option('--story <id>', "the claims made by the story's articles")
    .option('--article <id>', "the article's claims, each with its relation to what was stored before")
    .option('--conflicts', 'every conflicting and updated mention beside the claim it contradicts or updates')
    .option('--case <slug>', 'the case (default: the first configured case)')
    .option('--limit <n>', 'how many claims at most', '50')
    .option('--json', 'print one JSON object: { "claims": [ … ] }')
    .action(listStoredClaims);
  claims
    .command('show')
    .description('one stored claim: where it was first seen, and every mention of it')
    .argument('<id>', 'the claim id (see claims list)')
    .option('--json', 'print as JSON')
    .action(showClaim);
}
