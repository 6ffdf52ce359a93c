/**
 * Learning from the facilitator: every contribution they placed by hand (moved, split out into a
 * new theme, accepted with a suggestion, or taken out of every theme) and every one they pinned as
 * a quote becomes an example for its theme, for the rest of the round; and the examples travel
 * with the exported codebook (`learned`), so the next round starts where this one ended. The
 * coder only takes examples as input; this module reads them from the curation state.
 */
import { LIMITS } from '../../shared/protocol/limits.js';
import { activeThemes, type Codebook, type LearnedExample } from '../../shared/codebook.js';
import { Coder, type RoundExample } from './coder.js';
import { resolveTheme, type CurationState } from '../domain/curation.js';

interface TextOf {
  id: string;
  text: string;
}

/** Examples per active theme (null = belongs nowhere), placements first, then pins. */
export function roundExamples(curation: CurationState, contributions: readonly TextOf[], coderFor: (examples: RoundExample[]) => Coder): RoundExample[] {
  const active = new Set(activeThemes(curation.codebook).map((t) => t.id));
  const text = new Map(contributions.map((c) => [c.id, c.text]));
  const examples: RoundExample[] = [];
  // Learned examples of themes merged into another follow the merge.
  for (const t of curation.codebook.themes) {
    if (!t.retired || !t.learned) continue;
    const into = resolveTheme(curation, t.id);
    if (into !== t.id && active.has(into)) examples.push(...t.learned.map((e) => ({ ...e, themeId: into })));
  }
  for (const [id, theme] of curation.placements) {
    const t = text.get(id);
    if (t === undefined) continue;
    const target = theme === null ? null : resolveTheme(curation, theme);
    if (target === null || active.has(target)) examples.push({ text: t, themeId: target });
  }
  const pinned = curation.pinned.filter((id) => text.has(id) && !curation.placements.has(id));
  if (pinned.length > 0) {
    const coder = coderFor(examples);
    for (const id of pinned) {
      const themeId = coder.code(text.get(id)!).themeIds[0];
      if (themeId) examples.push({ text: text.get(id)!, themeId });
    }
  }
  return examples;
}

let cached: { key: string; coder: Coder } | null = null;

/**
 * The coder for a round: its curated codebook and the facilitator's examples. The live view
 * recomputes a round several times a second with the same codebook and examples, so the last
 * coder built is kept and reused while they are the same.
 */
export function roundCoder(curation: CurationState, contributions: readonly TextOf[]): Coder {
  const themes = activeThemes(curation.codebook);
  const build = (examples: RoundExample[]) => {
    const key = JSON.stringify([themes, curation.codebook.unplaced ?? null, examples]);
    if (cached?.key !== key) cached = { key, coder: new Coder({ themes, unplaced: curation.codebook.unplaced, examples }) };
    return cached.coder;
  };
  return build(roundExamples(curation, contributions, build));
}

/**
 * An exported codebook is imported back through the facilitator's socket (`codebook.replaced`),
 * whose messages are capped: learned examples are written in, in the order the facilitator made
 * them, while the codebook still fits one message with room to spare.
 */
const IMPORT_BUDGET = LIMITS.maxPayloadBytes - 2048;

/** The round's codebook with the facilitator's examples written into it, for export. */
export function codebookWithLearned(curation: CurationState, contributions: readonly TextOf[], budget = IMPORT_BUDGET): Codebook {
  const codebook = structuredClone(curation.codebook);
  const examples = roundExamples(curation, contributions, (ex) => new Coder({ themes: activeThemes(codebook), unplaced: codebook.unplaced, examples: ex }));
  let size = Buffer.byteLength(JSON.stringify({ type: 'codebook.replaced', codebook }));
  const add = (list: LearnedExample[] | undefined, text: string): LearnedExample[] => {
    const out = list ?? [];
    const example = { text: text.slice(0, 1000) };
    const bytes = Buffer.byteLength(JSON.stringify(example)) + 1 + (list ? 0 : 12);
    if (size + bytes <= budget && !out.some((e) => e.text === example.text)) {
      out.push(example);
      size += bytes;
    }
    return out;
  };
  for (const e of examples) {
    if (e.themeId === null) {
      const learned = add(codebook.unplaced?.learned, e.text);
      if (learned.length > 0) codebook.unplaced = { ...codebook.unplaced, learned };
    } else {
      const theme = codebook.themes.find((t) => t.id === e.themeId);
      if (!theme) continue;
      const learned = add(theme.learned, e.text);
      if (learned.length > 0) theme.learned = learned;
    }
  }
  return codebook;
}
