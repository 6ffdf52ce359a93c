/** What the report's parts look up in a synthesis: contributions by id, themes, display headings, tallies. */
import type { ContributionSynthesis, Synthesis, Theme } from '../../shared/synthesis.js';
import { EMERGENT_HEADING } from '../../shared/codebook.js';
import { OUTSIDE_FRAMEWORK, type Quote } from './report.js';

export class ReportIndex {
  private readonly byId: Map<string, ContributionSynthesis>;
  readonly themes: Map<string, Theme>;

  constructor(readonly synthesis: Synthesis) {
    this.byId = new Map(synthesis.contributions.map((c) => [c.id, c]));
    this.themes = new Map(synthesis.themes.map((t) => [t.id, t]));
  }

  get(id: string): ContributionSynthesis | undefined {
    return this.byId.get(id);
  }

  /** Verbatim; with its Chatham label only where its author marked it quotable. */
  quote(id: string): Quote | null {
    const c = this.byId.get(id);
    return c ? { text: c.text, attribution: c.quotable } : null;
  }

  /** The theme a contribution was placed under first, if any. */
  themeOf(c: ContributionSynthesis): Theme | undefined {
    return c.themeIds[0] ? this.themes.get(c.themeIds[0]) : undefined;
  }

  groupId(k: number): string {
    return this.synthesis.groups[k]?.id ?? String(k + 1);
  }
}

/** The heading a theme stands under in a document: its codebook heading, or "Raised outside the framework". */
export function headingOf(theme: Pick<Theme, 'heading' | 'emergent'>): string {
  return theme.emergent || theme.heading === EMERGENT_HEADING || theme.heading.trim() === '' ? OUTSIDE_FRAMEWORK : theme.heading;
}

/** Headings in the codebook's order (the order themes come in), those outside the framework last. */
export function headingsInOrder(synthesis: Synthesis): string[] {
  const headings = [...new Set(synthesis.themes.map(headingOf))];
  return [...headings.filter((h) => h !== OUTSIDE_FRAMEWORK), ...headings.filter((h) => h === OUTSIDE_FRAMEWORK)];
}

/** "4 agreed, 1 disagreed, 2 passed", or "no votes". */
export function tallyPhrase(c: ContributionSynthesis): string {
  if (c.tally.seen === 0) return 'no votes';
  const parts = [`${c.tally.agree} agreed`, `${c.tally.disagree} disagreed`];
  if (c.tally.pass > 0) parts.push(`${c.tally.pass} passed`);
  return parts.join(', ');
}

/** A label inside a sentence or a list item: quoted when it ends in a question mark, so no full stop follows it. */
export function labelAsName(label: string): string {
  return /[?!]$/.test(label.trim()) ? `“${label.trim()}”` : label;
}

/** A sentence that ends with a quotation keeps the quotation's own end mark inside; otherwise a full stop closes it. */
export function closeSentence(text: string): string {
  return /[.!?…]["”’)]*$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
