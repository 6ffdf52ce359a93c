/** What the report's parts look up in a synthesis: contributions by id, themes, display headings and labels, tallies, in the document's language. */
import type { ContributionSynthesis, Synthesis, Theme } from '../../shared/synthesis.js';
import { EMERGENT_HEADING } from '../../shared/codebook.js';
import { en } from './i18n/en.js';
import type { DocumentWords } from './i18n/messages.js';
import type { Quote } from './report.js';

export class ReportIndex {
  private readonly byId: Map<string, ContributionSynthesis>;
  readonly themes: Map<string, Theme>;

  constructor(
    readonly synthesis: Synthesis,
    readonly words: DocumentWords = en,
  ) {
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

  /** A codebook heading or theme label in the document's language, where it is the codebook's own wording; a facilitator's is kept. */
  translated(text: string): string {
    return this.words.codebook[text] ?? text;
  }

  label(theme: Pick<Theme, 'label'>): string {
    return this.translated(theme.label);
  }

  /** The heading a theme stands under in a document: its codebook heading, or "Raised outside the framework". */
  heading(theme: Pick<Theme, 'heading' | 'emergent'>): string {
    return isOutside(theme) ? this.words.outsideFramework : this.translated(theme.heading);
  }

  /** Headings in the codebook's order (the order themes come in), those outside the framework last. */
  headings(): string[] {
    const outside = this.words.outsideFramework;
    const headings = [...new Set(this.synthesis.themes.map((t) => this.heading(t)))];
    return [...headings.filter((h) => h !== outside), ...headings.filter((h) => h === outside)];
  }

  /** "4 agreed, 1 disagreed, 2 passed", or "no votes". */
  tally(c: ContributionSynthesis): string {
    return this.words.tally(c.tally);
  }

  /** A contribution quoted inside a sentence, on one line. */
  quoted(c: ContributionSynthesis): string {
    return this.words.quote(c.text.replace(/\s+/g, ' ').trim());
  }

  /** A label inside a sentence or a list item: quoted when it ends in a question mark, so no full stop follows it. */
  labelAsName(label: string): string {
    return /[?!]$/.test(label.trim()) ? this.words.quote(label.trim()) : label;
  }
}

function isOutside(theme: Pick<Theme, 'heading' | 'emergent'>): boolean {
  return theme.emergent || theme.heading === EMERGENT_HEADING || theme.heading.trim() === '';
}

/** A sentence that ends with a quotation keeps the quotation's own end mark inside; otherwise a full stop closes it. */
export function closeSentence(text: string): string {
  return /[.!?…]["”’»)\u00a0]*$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
