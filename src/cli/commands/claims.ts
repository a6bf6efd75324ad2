import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadCaseFile } from '../../cases/index.ts';
import type { CaseDefinition } from '../../cases/index.ts';
import type { AnalysedClaim, DiffPiece } from '../../claims/index.ts';
import { aliasTable, analyseClaims, diffPieces } from '../../claims/index.ts';
import { defaultCaseFile } from '../../config/index.ts';
import { extractArticle } from '../../extract/index.ts';
import { UsageError } from '../errors.ts';
import { printJson } from '../output.ts';
import { registerStoredClaims } from './stored-claims.ts';

interface Piece {
  text: string;
  publishedAt: string | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text (extracted from .html/.htm, UTF-8 otherwise). Throws UsageError naming a bad file. */
function readPiece(command: string, file: string): Piece {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`${command}: cannot read ${file} (${reason})`);
  }
  if (/\.html?$/i.test(file)) {
    const article = extractArticle({ body: bytes });
    return { text: article.text, publishedAt: article.publishedAt };
  }
  let text = '\0';
  try {
    text = utf8.decode(bytes);
  } catch {
    // not UTF-8: reported below
  }
  if (text.includes('\0')) throw new UsageError(`${command}: not a text file (nor .html/.htm): ${file}`);
  return { text, publishedAt: null };
}

function claimsOf(command: string, file: string, definition: CaseDefinition): AnalysedClaim[] {
  const piece = readPiece(command, file);
  return analyseClaims(piece.text, {
    aliases: aliasTable(definition.entities),
    articleDate: piece.publishedAt,
  });
}

function loadCase(file: string | undefined): CaseDefinition {
  return loadCaseFile(file ?? defaultCaseFile);
}

export function registerClaims(program: Command): void {
  const claims = program
    .command('claims')
    .description(
      'stored claims: most mentioned first, or those of a story or an article, or the conflicts; ' +
        'extract and diff read files',
    );
  registerStoredClaims(claims);
  claims
    .command('extract')
    .description('the claims of one text or HTML file, with their kinds and slots')
    .argument('<file>', '.html, .htm or text file')
    .option('--case <file>', 'case definition (aliases); the default case unless given')
    .option('--json', 'print { "claims": [ … ] }')
    .action((file: string, flags: { json?: boolean; case?: string }) => {
      const found = claimsOf('claims extract', file, loadCase(flags.case));
      if (flags.json) {
        printJson({ claims: found.map(({ text, kind, slots }) => ({ text, kind, slots })) });
        return;
      }
      for (const c of found) process.stdout.write(`[${c.kind}] ${c.text}\n`);
    });
  claims
    .command('diff')
    .description("classify FILE's claims against the known files' claims and the case's known facts")
    .requiredOption('--known <files...>', 'files whose claims are already known')
    .argument('[file]', 'the file to classify (or the last file after --known)')
    .option('--case <file>', 'case definition (aliases, known facts); the default case unless given')
    .option('--json', 'print { "claims": [ { text, kind, slots, relation, matched, detail } ] }')
    .action((file: string | undefined, flags: { known: string[]; json?: boolean; case?: string }) => {
      const known = [...flags.known];
      const target = file ?? known.pop();
      if (!target) throw new UsageError('claims diff: no file to classify');
      const definition = loadCase(flags.case);
      const pieceOf = (f: string): DiffPiece => ({ ...readPiece('claims diff', f), source: f });
      const entries = diffPieces(definition, known.map(pieceOf), pieceOf(target));
      if (flags.json) {
        printJson({ claims: entries });
        return;
      }
      for (const e of entries)
        process.stdout.write(
          `${e.relation.padEnd(11)} [${e.kind}] ${e.text}${e.matched ? `\n            ↳ ${e.matched.file ?? ''}: ${e.matched.text}` : ''}${e.detail ? `\n            (${e.detail})` : ''}\n`,
        );
    });
}
