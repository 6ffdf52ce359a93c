/** Annex II's own English, which documents in another language quote verbatim (the report has no official translation). */
import annex from '../../shared/data/annex-ii.json' with { type: 'json' };

const VERBATIM = new Set([...annex.groups.map((g) => g.heading), ...annex.groups.flatMap((g) => g.questions)]);

/** True for an Annex II heading or question exactly as the report words it (not one the facilitator edited). */
export function isAnnexText(text: string): boolean {
  return VERBATIM.has(text);
}

export const ANNEX_ORDER = new Map(annex.groups.map((g, i) => [g.heading, i]));
export const ANNEX_GROUPS = annex.groups.length;
