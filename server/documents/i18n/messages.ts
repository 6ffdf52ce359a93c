/**
 * Everything a document says in words, in one typed catalogue per language (en.ts, fr.ts,
 * es.ts, each `satisfies DocumentWords`): a missing piece fails the type check. Sentences are
 * functions of their numbers, so each language writes its own grammar (agreement, plurals,
 * word order), while numbers, percentages, lists and dates go through Intl in wording.ts.
 * Contributions, theme phrases and Annex II's questions are never translated: they are quoted.
 */
import type { AgreementWords } from '../../../shared/charts/agreement.js';
import type { OpinionMapWords } from '../../../shared/charts/opinion-map.js';
import type { Language } from '../../../shared/languages.js';
import type { SessionFormat } from '../../../shared/protocol/vocabulary.js';
import type { FindingSplit, MethodThresholds, Strength, StrengthWord } from '../../../shared/synthesis.js';

/** The words used before anybody voted on a theme, resting on how many contributions raised it. */
export type ContributionWord = 'many' | 'several' | 'one participant' | 'no one';

export type PartKey =
  | 'sessions'
  | 'conduct'
  | 'categories'
  | 'questions'
  | 'consolidation'
  | 'groups'
  | 'convergence'
  | 'rejected'
  | 'divergence'
  | 'reflection'
  | 'quotes'
  | 'method'
  | 'strengthWords'
  | 'annexByTheme'
  | 'annexByQuestion';

export type CsvColumn =
  | 'number' | 'session' | 'place' | 'question' | 'contribution' | 'theme' | 'otherThemes'
  | 'agree' | 'disagree' | 'pass' | 'voters' | 'convergent' | 'divergent' | 'uncertain'
  | 'broadAgreement' | 'everyGroup' | 'dividesGroups' | 'starred' | 'quotableAs';

/** A tally as the annexes and notes give it. */
export interface TallyNumbers {
  agree: number;
  disagree: number;
  pass: number;
  seen: number;
}

/** What the draft of a finding quotes: the gist, with its Chatham label where its author marked it quotable. */
export interface Saying {
  text: string;
  attribution?: string | null;
}

/** What the method section is made of. */
export interface MethodFacts {
  thresholds: MethodThresholds;
  applied: boolean;
  groups: number;
  groupSizes: number[];
  grouped: number;
  voters: number;
}

/** What the labels and the chrome of every format read: headings, table columns, small notes. */
export interface ReportLabels {
  /** BCP 47 tag of the document (`lang` in HTML, the proofing language in Word). */
  locale: string;
  parts: Record<PartKey, string>;
  sessionColumns: readonly [string, string, string, string];
  categoryColumns: readonly [string, string];
  strengthColumns: readonly [string, string];
  noFindings: string;
  counterView: string;
  questionsRaised: string;
  /** The language's quotation marks, around a contribution quoted on its own. */
  quoteMarks: readonly [string, string];
  /** Between a label and its figure ("Academia: 3"). */
  colon: string;
  /** Word's footer: "Page ", the page, " of ", the pages. */
  pageOf: readonly [string, string];
}

/** The words of the document's pictures: the charts' own, their captions and the headers of the tables that say what they show. */
export interface PictureWords {
  title: string;
  map: OpinionMapWords;
  mapCaption: string;
  mapHeader: readonly [group: string, participants: string];
  groupName(id: string): string;
  agreement: AgreementWords;
  agreementCaption: string;
  agreementHeader: readonly [theme: string, voted: string];
}

export interface DocumentWords {
  language: Language;
  labels: ReportLabels;
  /** A quotation inside a sentence, with the language's own marks. */
  quote(text: string): string;
  /** A quotation that ends its sentence: its own end mark stays inside, else a full stop follows. */
  quoteEnd(text: string): string;
  /** A label inside a sentence: quoted where it asks a question, else in lower case where it starts with an ordinary capitalised word. */
  labelInSentence(label: string): string;
  /** What a finding was about: the theme's distinctive shared phrases (participants' words, quoted where the language needs), else its label. */
  topic(label: string, phrases: readonly string[]): string;

  formats: Record<SessionFormat, string>;
  /** Participant categories as a table names them (by category id: a test checks every one). */
  categories: Readonly<Record<string, string>>;
  categoryRemainder: string;
  outsideFramework: string;
  /** The codebook's headings and themes, by their English wording (a test checks every one). */
  codebook: Readonly<Record<string, string>>;

  defaultTitle: string;
  /** `format` is the session's format id (or whatever an imported file said), absent where none. */
  subtitleOfSession(format: string | undefined, title: string, where: string): string;
  subtitleOfRound(sessions: number, where: string): string;
  held(sessions: number, places: readonly string[], kinds: readonly { label: string; count: number }[]): string;
  tookPart(people: number, severalSessions: boolean): string;
  posted(contributions: number, votes: number, voters: number): string;
  questionsAdded: string;
  /** Said under the questions put where some are Annex II's, verbatim in English. */
  annexNote: string;
  pictures: PictureWords;
  regarding(label: string): string;
  regardingOther: string;

  strengthWords: Record<StrengthWord, string>;
  contributionWords: Record<ContributionWord, string>;
  strengthRules(t: MethodThresholds): Record<StrengthWord, string>;
  contributionRules(t: MethodThresholds): Record<ContributionWord, string>;
  beforeAnyVote(word: string): string;
  /** The strength word as the subject of a sentence with its numbers ("a clear majority of participants (12 of 15)"). */
  strengthPhrase(s: Strength): string;
  /** A finding's draft: the view, its strength with the numbers, what it was about, and the saying that shows it. */
  draft(s: Strength, topic: string, onlyIn: string, saying: string): string;
  onlyInPlace(place: string): string;
  onlyInCategory(categoryId: string): string;
  saying(gist: Saying | null): string;
  split(split: FindingSplit): string;
  figures(s: Strength): string;
  tally(t: TallyNumbers): string;

  frameworkNone: string;
  frameworkOther(fit: { share: number; words: number } | null): string;

  method(facts: MethodFacts): string[];

  groupsSummary(grouped: number, minVotes: number, sizes: readonly { id: string; size: number }[], ungrouped: number, small: boolean): string;
  groupHeading(id: string, size: number): string;
  stance(direction: 'agree' | 'disagree', quoted: string, id: string, n: { group: number; groupSeen: number; rest: number; restSeen: number }): string;
  nothingSetsApart(id: string): string;
  /** "group A", "groups A and B", as "mostly …" and "rejected …, mostly …" name them. */
  groupNames(ids: readonly string[]): string;
  /** "3 of 4 in group A". */
  groupShare(id: string, agree: number, seen: number): string;
  closestToConsensus(items: readonly { quoted: string; shares: string }[]): string;
  otherPoints: string;
  acrossTheRoom(quoted: string, agree: number, seen: number, shares: string): string;
  majorityMostly(quoted: string, agree: number, seen: number, mostly: string): string;
  majorityOfVoters(quoted: string, agree: number, seen: number): string;
  rejected(quoted: string, t: TallyNumbers, who: { every: boolean; mostly: string }): string;
  findingRef(number: number, label: string): string;
  /** "Finding 3 (label): what it says". */
  labelled(head: string, text: string): string;
  groupsDivided(quoted: string, shares: readonly { id: string; agree: number | null }[], tally: string): string;

  notPlaced: string;
  aboutThemselves: string;
  notUnderQuestion: string;
  otherContributions: string;
  annexAboutParticipant: string;
  annexNotPlaced: string;

  csv: {
    columns: Record<CsvColumn, string>;
    tag(label: string): string;
    /** The default convergence tags, by id, where the round kept their default label. */
    tags: Readonly<Record<string, string>>;
    yes: string;
    no: string;
  };
}
