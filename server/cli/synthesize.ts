/**
 * `npm run synthesize -- INPUT [--codebook FILE|none] [--format md|html|docx|pdf|json|csv|polis] [--lang en|fr|es] [--out FILE]`
 *
 * `--codebook none` sets the codebook aside: the themes are emergent only. Without --codebook, the
 * report's codebook is applied where it fits the conversation (server/synthesis/framework.ts);
 * a codebook file given explicitly is always applied.
 * Runs the synthesis engine without a server, over (a) a JSON file of contributions (and
 * optional votes) or (b) a folder holding a Pol.is export. Prints to stdout, or writes --out
 * atomically (a temporary file renamed into place), so an error never leaves a partial file.
 * Bad input: a message naming the file (and line where known) on stderr, exit code 1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isLanguage, LANGUAGES } from '../../shared/languages.js';
import { parseCodebook } from '../synthesis/codebook.js';
import { InputError, parseJson } from '../synthesis/errors.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { importPolisFolder } from '../polis/import.js';
import { writeFileAtomic } from '../store/atomic-file.js';
import { EXPORT_FORMATS, isExportFormat } from '../../shared/exports.js';
import { renderFormat } from './formats.js';
import { parseCliInput } from './input.js';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const formatNames = EXPORT_FORMATS.map((f) => f.id);
const USAGE = `usage: npm run synthesize -- INPUT [--codebook FILE|none] [--format ${formatNames.join('|')}] [--lang ${LANGUAGES.join('|')}] [--out FILE]`;

class UsageError extends Error {}

function readInputFile(file: string): string {
  if (!existsSync(file)) throw new InputError(file, 'file not found');
  const size = statSync(file).size;
  if (size === 0) throw new InputError(file, 'the file is empty');
  if (size > MAX_INPUT_BYTES) throw new InputError(file, `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`);
  const text = readFileSync(file, 'utf8');
  if (text.trim() === '') throw new InputError(file, 'the file is empty');
  return text;
}

export function loadInput(path: string): SynthesisInput {
  if (!existsSync(path)) throw new InputError(path, 'no such file or folder');
  if (statSync(path).isDirectory()) {
    for (const f of ['comments.csv', 'votes.csv']) readInputFile(join(path, f));
    return importPolisFolder(path).input;
  }
  const text = readInputFile(path);
  return parseCliInput(parseJson(text, path), path, text);
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { codebook: { type: 'string' }, format: { type: 'string', default: 'json' }, lang: { type: 'string', default: 'en' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing INPUT' : `one INPUT expected, got ${positionals.length}`);
    const format = values.format ?? 'json';
    if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}"; known formats: ${formatNames.join(', ')}`);
    const language = values.lang ?? 'en';
    if (!isLanguage(language)) throw new UsageError(`unknown language "${language}"; known languages: ${LANGUAGES.join(', ')}`);
    const input = loadInput(positionals[0]);
    if (values.codebook === 'none') input.framework = 'none';
    else if (values.codebook) {
      input.codebook = parseCodebook(readInputFile(values.codebook), values.codebook);
      input.framework = 'codebook';
    }
    const output = await renderFormat(format, input, language);
    if (values.out) writeFileAtomic(values.out, output, 0o644);
    else process.stdout.write(output);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`synthesize: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`synthesize: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`synthesize: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}
