/**
 * The codebook: the themes a round's contributions are coded against. Loaded, validated,
 * exported and imported as JSON, so a facilitator can carry it from one round to the next.
 * The default is the report's own framework (shared/data/codebook.json).
 */
import { z } from 'zod';
import defaultCodebookJson from '../../shared/data/codebook.json' with { type: 'json' };
import { InputError, lineOfJsonValue, parseJson } from './errors.js';

export const themeIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:+-]*$/, 'letters, digits and . _ : + - only');

export const codebookThemeSchema = z.strictObject({
  id: themeIdSchema,
  label: z.string().trim().min(1).max(200),
  /** The section the theme sits under (Part III's headings in the default codebook). */
  heading: z.string().trim().max(200).default(''),
  description: z.string().trim().max(1000).default(''),
  /** Cue terms: words or short phrases; matched after stemming, so "migrants" also matches "migrant". */
  cues: z.array(z.string().trim().min(1).max(80)).max(200).default([]),
  retired: z.boolean().optional(),
});

const codebookShape = z.strictObject({
  version: z.literal(1).default(1),
  title: z.string().trim().max(200).optional(),
  themes: z.array(codebookThemeSchema).max(1000),
});

/** Duplicate theme ids, each with the index of its second appearance. */
export function duplicateIds(themes: { id: string }[]): { id: string; index: number }[] {
  const seen = new Set<string>();
  const dups: { id: string; index: number }[] = [];
  themes.forEach((t, index) => {
    if (seen.has(t.id)) dups.push({ id: t.id, index });
    seen.add(t.id);
  });
  return dups;
}

export const codebookSchema = codebookShape.superRefine((cb, ctx) => {
  for (const d of duplicateIds(cb.themes)) {
    ctx.addIssue({ code: 'custom', path: ['themes', d.index, 'id'], message: `theme id "${d.id}" is used more than once` });
  }
});

export type Codebook = z.infer<typeof codebookSchema>;
export type CodebookTheme = z.infer<typeof codebookThemeSchema>;

/** Validate an already-parsed codebook; throws InputError naming `file`. */
export function validateCodebook(value: unknown, file = 'codebook', text?: string): Codebook {
  const parsed = codebookSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  let line: number | undefined;
  if (text && issue.path[0] === 'themes' && typeof issue.path[1] === 'number') {
    const raw = (value as { themes?: { id?: unknown }[] }).themes?.[issue.path[1]];
    if (raw && typeof raw.id === 'string') {
      const before = ((value as { themes: { id?: unknown }[] }).themes.slice(0, issue.path[1]) ?? []).filter((t) => t?.id === raw.id).length;
      line = lineOfJsonValue(text, 'id', raw.id, before);
    }
  }
  throw new InputError(file, `invalid codebook at ${path || 'top level'}: ${issue.message}`, line);
}

/** Parse and validate a codebook file's text. */
export function parseCodebook(text: string, file = 'codebook'): Codebook {
  if (text.trim() === '') throw new InputError(file, 'the codebook file is empty');
  return validateCodebook(parseJson(text, file), file, text);
}

/** The codebook as a file to carry to the next round. */
export function exportCodebook(codebook: Codebook): string {
  return `${JSON.stringify(codebook, null, 2)}\n`;
}

let cachedDefault: Codebook | null = null;

/** The report's framework (shared/data/codebook.json), validated once; callers get a copy. */
export function defaultCodebook(): Codebook {
  cachedDefault ??= validateCodebook(defaultCodebookJson, 'shared/data/codebook.json');
  return structuredClone(cachedDefault);
}

/** Themes still in use. */
export function activeThemes(codebook: Codebook): CodebookTheme[] {
  return codebook.themes.filter((t) => !t.retired);
}
