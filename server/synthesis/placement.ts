/**
 * Where each contribution sits: the coder's themes unless the facilitator placed it by hand
 * (stage 1 of the synthesis), then, for what no theme covers, the emergent suggestions (stage 2).
 */
import type { Suggestion } from '../../shared/synthesis.js';
import type { CodebookTheme } from '../../shared/codebook.js';
import type { Coding } from './coder.js';
import type { RoundTexts } from './coding.js';
import { resolveTheme, type CurationState } from '../domain/curation.js';
import { clusterUncovered, DEFAULT_EMERGENT } from './emergent.js';
import type { ContributionInput } from './input.js';

/** Per contribution, in input order. */
export interface Placement {
  /** Primary theme first; empty when none. */
  themeIds: string[][];
  /** The terms that put it in its primary theme. */
  reasons: string[][];
  /** The facilitator placed it by hand (moved, split, taken out of every theme). */
  placed: boolean[];
  /** The coder found it procedural or off topic (and the facilitator did not place it): no suggested theme takes it. */
  offTopic: boolean[];
}

/**
 * The coder's themes, or the facilitator's placement: a contribution placed in a theme keeps the
 * coder's other themes as secondaries and the terms that theme matched as its reason; one placed
 * in no theme, or in a theme that is retired, sits in none.
 */
export function placeContributions(
  contributions: readonly ContributionInput[],
  codings: readonly Coding[],
  curation: CurationState,
  activeThemes: readonly CodebookTheme[],
): Placement {
  const activeIds = new Set(activeThemes.map((t) => t.id));
  const placement: Placement = { themeIds: [], reasons: [], placed: [], offTopic: [] };
  contributions.forEach((c, i) => {
    const coding = codings[i];
    const byHand = curation.placements.get(c.id);
    placement.offTopic.push(byHand === undefined && coding.offTopic);
    if (byHand === undefined) {
      placement.themeIds.push(coding.themeIds);
      placement.reasons.push(coding.reason);
      placement.placed.push(false);
      return;
    }
    const target = byHand === null ? null : resolveTheme(curation, byHand);
    placement.placed.push(true);
    if (target === null || !activeIds.has(target)) {
      placement.themeIds.push([]);
      placement.reasons.push([]);
      return;
    }
    placement.themeIds.push([target, ...coding.themeIds.filter((t) => t !== target)]);
    placement.reasons.push(coding.scores.find((s) => s.themeId === target)?.terms ?? []);
  });
  return placement;
}

/**
 * What no theme covers, and the facilitator did not take out by hand, clustered into suggested
 * themes; the facilitator's dissolved and accepted suggestions are no longer offered. Each
 * member moves into its suggestion, with the suggestion's terms it uses as its reason.
 */
export function suggestThemes(
  contributions: readonly ContributionInput[],
  texts: RoundTexts,
  placement: Placement,
  curation: CurationState,
  /** Statements about the participants themselves: never in a suggested theme. */
  demographic: readonly boolean[] = [],
): { suggestions: Suggestion[]; placement: Placement } {
  const uncovered = contributions
    .map((c, i) => ({ id: c.id, doc: texts.docs[i], at: i }))
    .filter((x) => placement.themeIds[x.at].length === 0 && !placement.placed[x.at] && !placement.offTopic[x.at] && !demographic[x.at]);
  const dissolved = new Set(curation.dissolved);
  const suggestions = clusterUncovered(uncovered, texts.corpus, DEFAULT_EMERGENT, texts.phrases).filter((s) => !dissolved.has(s.id) && !curation.accepted.has(s.id));
  const themeIds = [...placement.themeIds];
  const reasons = [...placement.reasons];
  const indexOf = new Map(contributions.map((c, i) => [c.id, i]));
  for (const s of suggestions) {
    for (const id of s.contributions) {
      const i = indexOf.get(id)!;
      const written = [...texts.docs[i].surfaces.values()];
      themeIds[i] = [s.id];
      reasons[i] = s.terms.filter((t) => written.includes(t));
    }
  }
  return { suggestions, placement: { ...placement, themeIds, reasons } };
}
