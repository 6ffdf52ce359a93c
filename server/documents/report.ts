/**
 * The document every export format renders: the synthesis laid out as the report lays out its
 * own (title, the sessions, how the conversations were run, the questions put, the thematic
 * consolidation with numbered findings, key convergence, divergence, questions for further
 * reflection, pull quotes, method). Plain strings only, none of them escaped: each renderer
 * escapes for its own format. Nothing here carries an identifier of any kind.
 */

/** A pull quote: only ever a contribution its author marked quotable, with its Chatham label. */
export interface Quote {
  text: string;
  /** "Brussels roundtable participant, business sector". */
  attribution: string;
}

export interface ReportFinding {
  number: number;
  /** The facilitator's wording where they wrote it, else the engine's draft. */
  text: string;
  /** The report's strength word ("a clear majority"). */
  strength: string;
  /** The numbers behind the word, set quietly after the finding ("12 of 15 participants who voted agreed"). */
  figures: string;
  /** Where the theme divides participants, in words. */
  divides: string | null;
  quotes: Quote[];
}

export interface ReportTheme {
  label: string;
  findings: ReportFinding[];
}

/** A codebook heading of Part III ("Areas of common ground in current migration management"). */
export interface ReportSection {
  heading: string;
  themes: ReportTheme[];
}

/** A heading with numbered items under it: Annex II's and Annex III's form. */
export interface NumberedGroup {
  heading: string;
  items: string[];
}

export interface ReportSession {
  title: string;
  place: string | null;
  date: string | null;
  /** "Roundtable", "Working lunch", ... */
  format: string | null;
}

export interface Report {
  title: string;
  /** One line under the title: what the document covers ("Synthesis of three sessions, Brussels, Nairobi and Washington, 2–20 October 2026"). */
  subtitle: string;
  sessions: ReportSession[];
  /** "How the conversations were run": a few paragraphs of counts. */
  conduct: string[];
  /** Unduplicated breakdown by category; only categories of at least 3 people, the rest under "Other". */
  participantsByCategory: { label: string; count: number }[];
  /** The questions put to participants, grouped as in Annex II. */
  questionsPut: NumberedGroup[];
  /** Part III: the thematic consolidation. */
  consolidation: ReportSection[];
  /** Annex III's form: numbered statements under short headings. */
  keyConvergence: NumberedGroup[];
  /** Where participants diverged, one sentence each. */
  divergence: string[];
  /** Annex II's form: "Regarding <theme>", then the questions. */
  furtherReflection: NumberedGroup[];
  pullQuotes: Quote[];
  method: {
    paragraphs: string[];
    strengthWords: { word: string; rule: string }[];
  };
}

/** The parts' titles, shared by every format so they all read the same. */
export const PART_TITLES = {
  sessions: 'The sessions',
  conduct: 'How the conversations were run',
  categories: 'Participants by category',
  questions: 'The questions put to participants',
  consolidation: 'Thematic consolidation',
  convergence: 'Key convergence',
  divergence: 'Where participants diverged',
  reflection: 'Questions surfaced for further reflection',
  quotes: 'In their words',
  method: 'Method',
  strengthWords: 'How strength words map to numbers',
} as const;

export const SESSION_COLUMNS = ['Session', 'Place', 'Date', 'Format'] as const;

/** What the consolidation says before any theme has support enough for a finding. */
export const NO_FINDINGS = 'No theme has enough support for a finding yet.';
