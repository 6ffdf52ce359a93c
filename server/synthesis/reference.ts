/**
 * Reference statements: how participants put each point of the report's framework, in the
 * project's own words, in English, French and Spanish (shared/data/codebook-statements.json).
 * The coder compares contributions with them as with a theme's own examples. They belong to the
 * default codebook's themes by id, are bundled with the app, and are not part of an exported
 * codebook: every installation has them, and a codebook travels through the facilitator's
 * connection, whose messages are capped. A theme keeps them while it keeps its id (renamed or
 * edited); a theme of another id (added, split off, emergent) has only its own material.
 */
import { z } from 'zod';
import statementsJson from '../../shared/data/codebook-statements.json' with { type: 'json' };
import { LANGUAGES, type Language } from './language.js';

const byLanguage = z.record(z.enum(LANGUAGES), z.array(z.string().trim().min(1).max(1000)));

const referenceSchema = z.strictObject({
  about: z.string().optional(),
  themes: z.record(z.string(), byLanguage),
  unplaced: byLanguage.optional(),
});

export type Statements = Partial<Record<Language, string[]>>;

export interface ReferenceStatements {
  /** Theme id -> statements per language. */
  themes: Record<string, Statements>;
  /** Procedural and off-topic lines: what belongs under no theme. */
  unplaced?: Statements;
}

let cached: ReferenceStatements | null = null;

/** The bundled reference statements, validated once. */
export function referenceStatements(): ReferenceStatements {
  cached ??= referenceSchema.parse(statementsJson);
  return cached;
}

/** A theme's (or "not placed"'s) statements as examples with their language. */
export function statementsOf(statements: Statements | undefined): { text: string; lang: Language }[] {
  return LANGUAGES.flatMap((lang) => (statements?.[lang] ?? []).map((text) => ({ text, lang })));
}
