/**
 * The codebook: the themes a round's contributions are coded against, as the wire, the log and the
 * engine all read it. The default is the report's own framework (shared/data/codebook.json).
 */
import { z } from 'zod';
import defaultCodebookJson from './data/codebook.json' with { type: 'json' };

export const themeIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:+-]*$/, 'letters, digits and . _ : + - only');

const cueSchema = z.string().trim().min(1).max(80);
const exampleSchema = z.string().trim().min(1).max(1000);
const languageCode = z.string().regex(/^[a-z]{2}$/, 'a two-letter language code');

/** A theme's material in another language than the default (English): its cues and example statements. */
const translationSchema = z.strictObject({
  label: z.string().trim().max(200).optional(),
  description: z.string().trim().max(1000).optional(),
  cues: z.array(cueSchema).max(200).optional(),
  examples: z.array(exampleSchema).max(200).optional(),
});

/** A contribution the facilitator placed under a theme (moved, split, pinned): an example the coder learns from. */
export const learnedExampleSchema = z.strictObject({
  text: exampleSchema,
  lang: languageCode.optional(),
});

export const codebookThemeSchema = z.strictObject({
  id: themeIdSchema,
  label: z.string().trim().min(1).max(200),
  /** The section the theme sits under (Part III's headings in the default codebook). */
  heading: z.string().trim().max(200).default(''),
  description: z.string().trim().max(1000).default(''),
  /** Cue terms: words or short phrases, matched as phrases (see docs/synthesis.md, "The coder"). */
  cues: z.array(cueSchema).max(200).default([]),
  /** Example statements, in the project's own words. */
  examples: z.array(exampleSchema).max(200).optional(),
  /** The same material in other languages ("fr", "es"). */
  translations: z.record(languageCode, translationSchema).optional(),
  /** What the facilitator placed here in earlier rounds; travels with the exported codebook. */
  learned: z.array(learnedExampleSchema).max(5000).optional(),
  retired: z.boolean().optional(),
});

/** What belongs under no theme: procedural remarks, greetings, bare "+1". Same material as a theme. */
export const unplacedSchema = z.strictObject({
  description: z.string().trim().max(1000).optional(),
  cues: z.array(cueSchema).max(200).optional(),
  examples: z.array(exampleSchema).max(200).optional(),
  translations: z.record(languageCode, translationSchema).optional(),
  learned: z.array(learnedExampleSchema).max(5000).optional(),
});

const codebookShape = z.strictObject({
  version: z.literal(1).default(1),
  title: z.string().trim().max(200).optional(),
  themes: z.array(codebookThemeSchema).max(1000),
  unplaced: unplacedSchema.optional(),
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
/** A codebook as a client may send it: defaults not yet filled in. */
export type CodebookInput = z.input<typeof codebookSchema>;
export type CodebookTheme = z.infer<typeof codebookThemeSchema>;
export type Unplaced = z.infer<typeof unplacedSchema>;
export type LearnedExample = z.infer<typeof learnedExampleSchema>;

/** The heading of themes accepted from the engine's emergent suggestions. */
export const EMERGENT_HEADING = 'Emergent themes';

let cachedDefault: Codebook | null = null;

/** The report's framework (shared/data/codebook.json), validated once; callers get a copy. */
export function defaultCodebook(): Codebook {
  cachedDefault ??= codebookSchema.parse(defaultCodebookJson);
  return structuredClone(cachedDefault);
}

/** Themes still in use. */
export function activeThemes(codebook: Codebook): CodebookTheme[] {
  return codebook.themes.filter((t) => !t.retired);
}
