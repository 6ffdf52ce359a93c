/**
 * Curation: what the facilitator does to the synthesis (rename, merge, split and retire themes,
 * move and pin contributions, accept or dissolve emergent suggestions, reword findings), folded
 * into the round's curation state. The engine reads that state; it never writes it.
 *
 * A bad event has the same rule as in `evolve`: the decider refuses it with the reason
 * `curationProblem` gives, so a stored event that does not apply means the log is damaged, and
 * the fold says so instead of skipping it.
 */
import { defaultCodebook, EMERGENT_HEADING, type Codebook, type CodebookTheme } from '../../shared/codebook.js';
import type { CurationEvent, NewTheme } from '../../shared/protocol/curation.js';
import { slug } from '../../shared/slug.js';

export type { CurationEvent } from '../../shared/protocol/curation.js';

/**
 * Keyed by ids the facilitator (or an input file) chooses, so in Maps: a plain object would lose a
 * theme called "__proto__" and find a "constructor" that was never there.
 */
export interface CurationState {
  version: 1;
  /** The round's codebook as curated: added, renamed, retired and accepted themes included. */
  codebook: Codebook;
  /** Retired theme id -> the theme it was merged into. */
  mergedInto: ReadonlyMap<string, string>;
  /** Contribution id -> theme placed by hand (moved or split out); null = taken out of every theme. */
  placements: ReadonlyMap<string, string | null>;
  /** Contribution ids pinned as candidate pull quotes, in pinning order. */
  pinned: string[];
  /** Theme id -> the facilitator's wording of its finding. */
  findings: ReadonlyMap<string, string>;
  /** Emergent suggestions the facilitator dissolved. */
  dissolved: string[];
  /** Accepted suggestion id -> the codebook theme it became. */
  accepted: ReadonlyMap<string, string>;
}

export function initialCuration(codebook: Codebook = defaultCodebook()): CurationState {
  return { version: 1, codebook: structuredClone(codebook), mergedInto: new Map(), placements: new Map(), pinned: [], findings: new Map(), dissolved: [], accepted: new Map() };
}

/** The terms encoded in a suggestion id ("emergent:visa+fee+student-2" -> visa, fee, student). */
export function suggestionTerms(suggestionId: string): string[] {
  const body = suggestionId.replace(/^emergent:/, '').replace(/-\d+$/, '');
  return body.split('+').map((t) => t.trim()).filter(Boolean);
}

function themeIdForSuggestion(state: CurationState, terms: string[]): string {
  // Accents are not folded: stored rounds already hold the ids this gave, and replay must give them again.
  const base = `emergent-${slug(terms.join('-'), 80) || 'theme'}`;
  const ids = new Set(state.codebook.themes.map((t) => t.id));
  let id = base;
  for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
  return id;
}

const findTheme = (state: CurationState, id: string) => state.codebook.themes.find((t) => t.id === id);

/** Why an event would not apply to this state, or null when it applies. */
export function curationProblem(state: CurationState, event: CurationEvent): string | null {
  const exists = (id: string) => (findTheme(state, id) ? null : `no theme "${id}"`);
  switch (event.type) {
    case 'codebook.replaced':
    case 'contribution.pinned':
    case 'contribution.unpinned':
      return null;
    case 'theme.added':
      return findTheme(state, event.theme.id) ? `theme id "${event.theme.id}" is already used` : null;
    case 'theme.renamed':
    case 'theme.updated':
    case 'theme.retired':
    case 'theme.restored':
    case 'finding.edited':
      return exists(event.themeId);
    case 'themes.merged':
      if (event.from.includes(event.into)) return 'a theme cannot be merged into itself';
      return exists(event.into) ?? event.from.map(exists).find((p) => p !== null) ?? null;
    case 'theme.split':
      return exists(event.themeId) ?? (findTheme(state, event.newTheme.id) ? `theme id "${event.newTheme.id}" is already used` : null);
    case 'contribution.moved':
      return event.themeId === null ? null : exists(event.themeId);
    case 'suggestion.accepted':
      if (state.accepted.has(event.suggestionId)) return 'this suggestion was already accepted';
      return suggestionTerms(event.suggestionId).length === 0 ? 'the suggestion id carries no terms' : null;
    case 'suggestion.dissolved':
      return null;
  }
}

function withThemes(state: CurationState, themes: CodebookTheme[]): CurationState {
  return { ...state, codebook: { ...state.codebook, themes } };
}

function mapTheme(state: CurationState, id: string, f: (t: CodebookTheme) => CodebookTheme): CurationState {
  return withThemes(state, state.codebook.themes.map((t) => (t.id === id ? f(t) : t)));
}

function toTheme(t: NewTheme, heading: string): CodebookTheme {
  return { id: t.id, label: t.label, heading: t.heading ?? heading, description: t.description ?? '', cues: t.cues ?? [] };
}

/** Fold one event into the state. Pure; an event that does not apply throws, as the round's own fold does. */
export function evolveCuration(state: CurationState, event: CurationEvent): CurationState {
  const problem = curationProblem(state, event);
  if (problem !== null) throw new Error(`log holds a curation event that does not apply (${event.type}): ${problem}`);
  switch (event.type) {
    case 'codebook.replaced':
      return { ...state, codebook: structuredClone(event.codebook), mergedInto: new Map() };
    case 'theme.added':
      return withThemes(state, [...state.codebook.themes, toTheme(event.theme, '')]);
    case 'theme.renamed':
      return mapTheme(state, event.themeId, (t) => ({ ...t, label: event.label }));
    case 'theme.updated':
      return mapTheme(state, event.themeId, (t) => ({
        ...t,
        description: event.description ?? t.description,
        heading: event.heading ?? t.heading,
        cues: event.cues ?? t.cues,
      }));
    case 'theme.retired':
      return mapTheme(state, event.themeId, (t) => ({ ...t, retired: true }));
    case 'theme.restored': {
      const mergedInto = new Map(state.mergedInto);
      mergedInto.delete(event.themeId);
      return { ...mapTheme(state, event.themeId, ({ retired: _r, ...t }) => t), mergedInto };
    }
    case 'themes.merged': {
      const from = new Set(event.from);
      const cues = new Set(findTheme(state, event.into)!.cues);
      for (const t of state.codebook.themes) if (from.has(t.id)) for (const c of t.cues) cues.add(c);
      const themes = state.codebook.themes.map((t) => (t.id === event.into ? { ...t, cues: [...cues] } : from.has(t.id) ? { ...t, retired: true } : t));
      const mergedInto = new Map([...state.mergedInto].map(([k, v]) => [k, from.has(v) ? event.into : v]));
      for (const f of from) mergedInto.set(f, event.into);
      const placements = new Map([...state.placements].map(([c, t]) => [c, t !== null && from.has(t) ? event.into : t]));
      const findings = new Map([...state.findings].filter(([t]) => !from.has(t)));
      return { ...withThemes(state, themes), mergedInto, placements, findings };
    }
    case 'theme.split': {
      const parent = findTheme(state, event.themeId)!;
      const placements = new Map(state.placements);
      for (const c of event.contributionIds) placements.set(c, event.newTheme.id);
      return { ...withThemes(state, [...state.codebook.themes, toTheme(event.newTheme, parent.heading)]), placements };
    }
    case 'contribution.moved':
      return { ...state, placements: new Map(state.placements).set(event.contributionId, event.themeId) };
    case 'contribution.pinned':
      return state.pinned.includes(event.contributionId) ? state : { ...state, pinned: [...state.pinned, event.contributionId] };
    case 'contribution.unpinned':
      return { ...state, pinned: state.pinned.filter((c) => c !== event.contributionId) };
    case 'finding.edited': {
      const findings = new Map(state.findings);
      if (event.text === null) findings.delete(event.themeId);
      else findings.set(event.themeId, event.text);
      return { ...state, findings };
    }
    case 'suggestion.accepted': {
      const terms = suggestionTerms(event.suggestionId);
      const id = themeIdForSuggestion(state, terms);
      const theme: CodebookTheme = {
        id,
        label: event.label ?? terms.map((t, i) => (i === 0 ? t.charAt(0).toUpperCase() + t.slice(1) : t)).join(', '),
        heading: EMERGENT_HEADING,
        description: `Accepted from an emergent suggestion (${terms.join(', ')}).`,
        cues: terms,
      };
      const placements = new Map(state.placements);
      for (const c of event.contributionIds ?? []) placements.set(c, id);
      return {
        ...withThemes(state, [...state.codebook.themes, theme]),
        placements,
        accepted: new Map(state.accepted).set(event.suggestionId, id),
        dissolved: state.dissolved.filter((s) => s !== event.suggestionId),
      };
    }
    case 'suggestion.dissolved':
      return state.dissolved.includes(event.suggestionId) ? state : { ...state, dissolved: [...state.dissolved, event.suggestionId] };
  }
}

/** Replay a log of events from a starting codebook. */
export function replayCuration(events: readonly CurationEvent[], codebook?: Codebook): CurationState {
  return events.reduce(evolveCuration, initialCuration(codebook));
}

/** Where a theme id ends up after merges (itself when not merged). */
export function resolveTheme(state: CurationState, themeId: string): string {
  let id = themeId;
  for (let i = 0; i < 100 && state.mergedInto.has(id); i++) id = state.mergedInto.get(id)!;
  return id;
}
