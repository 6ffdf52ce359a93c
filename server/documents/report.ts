/**
 * The document every export format renders: the synthesis laid out as the report lays out its
 * own (title, the sessions, how the conversations were run, the questions put, the thematic
 * consolidation with numbered findings, key convergence, divergence, questions for further
 * reflection, pull quotes, method). Plain strings only, none of them escaped: each renderer
 * escapes for its own format. Nothing here carries an identifier of any kind. Every word is in
 * the document's language, `labels` included (server/documents/i18n).
 */
import type { ReportPictures } from './pictures.js';
import { en } from './i18n/en.js';
import type { ReportLabels } from './i18n/messages.js';

/**
 * A contribution quoted verbatim. Unattributed, as the Chatham House rule allows; only one its
 * author marked quotable carries its label ("Brussels roundtable participant, business sector").
 */
export interface Quote {
  text: string;
  attribution: string | null;
}

export interface ReportFinding {
  number: number;
  /** The facilitator's wording where they wrote it, else the engine's draft. */
  text: string;
  /** The report's strength word ("a clear majority"). */
  strength: string;
  /** The numbers behind the word, set quietly after the finding ("12 of 15 participants who voted agreed"). */
  figures: string;
  /** The finding's substance: the theme's most central contributions (the one the draft already quotes whole left out). */
  quotes: Quote[];
  /** The strongest counter-view, with its tally. */
  counter: (Quote & { figures: string }) | null;
  /** Where the theme divides participants, in words. */
  divides: string | null;
  /** Questions for further reflection raised under the theme. */
  questions: string[];
}

export interface ReportTheme {
  label: string;
  findings: ReportFinding[];
}

/** A codebook heading of Part III ("Areas of common ground in current migration management"), or "Raised outside the framework". */
export interface ReportSection {
  heading: string;
  themes: ReportTheme[];
}

/** An opinion group: its size in the heading, then what sets it apart, one sentence each. */
export interface GroupProfile {
  heading: string;
  lines: string[];
}

/** Two levels of headings over lists: an annex by codebook heading, then by theme. */
export interface AnnexSection {
  heading: string;
  groups: NumberedGroup[];
}

/** A heading with numbered items under it: Annex II's and Annex III's form. */
export interface NumberedGroup {
  heading: string;
  items: string[];
  /** Which of the heading and items are Annex II's English, quoted verbatim in a document in another language (marked as English where a format can). */
  english?: { heading: boolean; items: boolean[] };
}

export interface ReportSession {
  title: string;
  place: string | null;
  date: string | null;
  /** "Roundtable", "Working lunch", ... */
  format: string | null;
}

export interface Report {
  /** Headings, table columns and small notes in the document's language. */
  labels: ReportLabels;
  title: string;
  /** The opinion map and the agreement chart's data (server/documents/pictures.ts draws them). */
  pictures: ReportPictures;
  /** One line under the title: what the document covers ("Synthesis of three sessions, Brussels, Nairobi and Washington, 2–20 October 2026"). */
  subtitle: string;
  sessions: ReportSession[];
  /** "How the conversations were run": a few paragraphs of counts. */
  conduct: string[];
  /** Unduplicated breakdown by category; only categories of at least 3 people, the rest under "Other". */
  participantsByCategory: { label: string; count: number }[];
  /** The questions put to participants, grouped as in Annex II. */
  questionsPut: NumberedGroup[];
  /** Said under the questions where Annex II's are quoted in English in a document in another language; null otherwise. */
  questionsNote: string | null;
  /** Why the codebook's framework was not applied, when it was not. */
  frameworkNote: string | null;
  /** Part III: the thematic consolidation. */
  consolidation: ReportSection[];
  /** The opinion groups: how many, how large, then each group's profile. */
  groups: { summary: string[]; profiles: GroupProfile[] };
  /** Annex III's form: numbered statements under short headings. */
  keyConvergence: NumberedGroup[];
  /** Statements a broad majority rejected, one sentence each. */
  rejected: string[];
  /** Where participants diverged, one sentence each. */
  divergence: string[];
  /** Annex II's form: "Regarding <theme>", then the questions. */
  furtherReflection: NumberedGroup[];
  pullQuotes: Quote[];
  method: {
    paragraphs: string[];
    strengthWords: { word: string; rule: string }[];
  };
  /** Every contribution under its heading and theme, with its tally, so every placement can be checked. */
  annexByTheme: AnnexSection[];
  /** Every contribution under the question it answered, with its theme. */
  annexByQuestion: NumberedGroup[];
}

/** The English parts' titles and labels (each document carries its own language's in `labels`). */
export const PART_TITLES = en.labels.parts;

/** The heading themes raised outside the codebook's framework stand under, in English. */
export const OUTSIDE_FRAMEWORK = en.outsideFramework;

export const SESSION_COLUMNS = en.labels.sessionColumns;
