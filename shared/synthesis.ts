/**
 * The synthesis: what the engine (server/synthesis) computes from a round's contributions,
 * votes, tags, codebook and the facilitator's curation. Plain types only: the browser and
 * the document builders (md, html, docx, pdf) import this file, so it holds no runtime code.
 *
 * Chatham House: no contribution, theme or finding carries a participant key. Only `groups`
 * list participant ids, because the comparison with Pol.is needs them; the live server
 * replaces them with opaque ids, fresh for every computation ("A1", "A2", ...: see
 * server/synthesis/privacy.ts), before anything leaves it.
 * The method is in docs/synthesis.md.
 */

/** Distinct participants who voted each way on one contribution; `seen` = voted at all. */
export interface VoteTally {
  agree: number;
  disagree: number;
  pass: number;
  seen: number;
}

/** One of the report's strength words, always carried with the numbers behind it. */
export type StrengthWord =
  | 'almost all'
  | 'a clear majority'
  | 'a growing majority'
  | 'a majority'
  | 'many'
  | 'several'
  | 'one participant'
  | 'strong divergence'
  | 'a majority disagreed'
  | 'more disagreed'
  | 'no one';

/**
 * How distinct participants lean over a set of contributions (a theme): each one who voted on
 * any of them is counted once, by the sign of their agrees minus their disagrees.
 */
export interface Leaning {
  /** Distinct participants who voted on any of the contributions (the denominator). */
  participants: number;
  /** ... whose agrees outnumber their disagrees. */
  agree: number;
  /** ... whose disagrees outnumber their agrees. */
  disagree: number;
  /** ... who only passed, or whose agrees and disagrees balance. */
  pass: number;
}

/**
 * Agreement in one session with the theme's statements that were voted on in more than one
 * session, for the trend behind "a growing majority".
 */
export interface SessionAgreement {
  sessionId: string;
  agree: number;
  participants: number;
}

export interface Strength extends Leaning {
  word: StrengthWord;
  /** agree / participants, 0 when nobody voted; rounded to 3 decimals. */
  ratio: number;
  /** "votes" normally; "contributions" when nobody voted on the theme and the word rests on how many contributions raised it. */
  basis: 'votes' | 'contributions';
  /** Contributions behind the theme. */
  contributions: number;
  /** Everyone who voted on anything in the scope (the room): words above "several" need a share of it. */
  room: number;
  /** Share of agreement session by session, in session order, when the word is "a growing majority". */
  trend?: (SessionAgreement & { ratio: number })[];
}

/** Per-theme figures: contributions coded to it and how the participants who voted on them lean. */
export interface ThemeTally extends Leaning {
  contributions: number;
  /** Sum of the contributions' common-ground tags (distinct taggers per contribution). */
  commonGround: number;
  convergent: number;
  divergent: number;
  uncertain: number;
}

export interface Theme {
  id: string;
  label: string;
  /** Codebook theme id, or null for an emergent (uncoded) theme. */
  code: string | null;
  /** The codebook section the theme sits under, e.g. "Areas of common ground in current migration management". */
  heading: string;
  description: string;
  emergent: boolean;
  /** Contributions whose primary theme this is, most representative first. */
  contributions: string[];
  /** Contributions for which this is a clear secondary theme. */
  secondary: string[];
  /** Most distinctive terms of the theme's contributions (surface words). */
  terms: string[];
  /**
   * What the theme's contributions talk about: the noun phrases at least two of them share that are
   * most distinctive against the rest of the round (class-based TF-IDF), most distinctive first.
   */
  phrases: string[];
  tally: ThemeTally;
}

/** How a group stands on a statement that sets it apart, as Pol.is's representativeness computes it. */
export interface GroupStance {
  contributionId: string;
  direction: 'agree' | 'disagree';
  /** Smoothed share (x + 1) / (n + 2) of the group voting that way, and of everyone else. */
  groupRatio: number;
  restRatio: number;
  /** The counts behind them: how many in the group (and in the rest) voted that way, of how many who voted. */
  groupCount: number;
  groupSeen: number;
  restCount: number;
  restSeen: number;
}

export interface OpinionGroup {
  /** "A", "B", ... in order of size (largest first). */
  id: string;
  /**
   * Participant ids. Offline (CLI) these are the input's ids; the live server replaces them with
   * opaque ids fresh for every computation ("A1", "A2", ...), so they cannot be linked to anyone
   * or across updates.
   */
  participants: string[];
  /**
   * Contributions that set this group apart (Pol.is's representativeness: both tests at 90 %, ranked
   * by its four factors), agreements first; empty when nothing does, significantly.
   */
  representative: string[];
  /** How the group stands on each representative contribution, in the same order. */
  stances: GroupStance[];
  /** Position of the group's centre on the two principal axes. */
  centre: [number, number];
}

/**
 * The opinion map: every participant who entered the opinion groups as an anonymous point on the
 * groups' two principal axes. A point carries no id and its place in the list says nothing: points
 * are sorted by their coordinates. Null when there are no groups (too few voters).
 */
export interface OpinionMap {
  /** [x, y, index of the point's group in `Synthesis.groups`]; coordinates to three decimals. */
  points: [number, number, number][];
}

/**
 * Where a theme divides: the statement opinion groups split on most (each group's share that
 * agreed), else the statement participants split on, else the share of the theme's voters who
 * leaned to disagree.
 */
export type FindingSplit =
  | { by: 'groups'; contributionId: string; excerpt: string; shares: { group: string; agree: number }[] }
  | { by: 'participants'; contributionId: string; excerpt: string; agree: number; disagree: number; pass: number }
  | { by: 'leaning'; disagree: number; participants: number };

export interface Finding {
  /** 1, 2, ... in the order shown: broadest convergence first. */
  number: number;
  themeId: string;
  /** The facilitator's wording where edited, else the engine's draft. */
  text: string;
  /** The engine's draft, kept so the facilitator can revert to it. */
  draft: string;
  edited: boolean;
  heading: string;
  strength: Strength;
  /**
   * The contributions that show the finding's substance, verbatim (contribution ids): pinned first,
   * then the most central to the theme (the coder's confidence and likeness to the theme's other
   * contributions), then the most agreed. Only those marked quotable carry a label in documents.
   */
  quotes: string[];
  /**
   * The contribution the draft quotes ("as one participant put it, …"), whether it quotes it whole,
   * and its Chatham label where its author marked it quotable ("in the words of one …").
   */
  gist: { contributionId: string; text: string; whole: boolean; attribution: string | null } | null;
  /** The strongest counter-view: the contribution most often voted the opposite way to the gist, or null. */
  counter: string | null;
  /** Where the theme divides participants or groups, in words, or null. */
  divides: string | null;
  /** The same, as numbers, so that a document words it in its own language (absent in syntheses made before). */
  split?: FindingSplit | null;
  /** Set only when at least three contributions behind the view, and all of them, came from one place (or category). */
  onlyIn: { place: string } | { category: string } | null;
  /** Contribution ids backing the finding (the theme's contributions). */
  contributions: string[];
  /** Questions for further reflection raised under this theme (contribution ids). */
  questions: string[];
  /** True when the theme is an emergent candidate the facilitator has not accepted yet. */
  emergent: boolean;
}

export interface QuestionForReflection {
  contributionId: string;
  text: string;
  /** Why it is here: a participant tagged it "question", or the facilitator promoted it. */
  source: 'tagged' | 'promoted' | 'both';
  /** Distinct participants who tagged it a question. */
  tagged: number;
  themeId: string | null;
}

export interface ContributionSynthesis {
  id: string;
  text: string;
  sessionId: string | null;
  questionId: string | null;
  /** Primary theme first, then clear secondaries; empty when nothing matched. */
  themeIds: string[];
  /** The matched terms that put the contribution in its primary theme (the coder's reason). */
  reason: string[];
  /** Similarity score of the primary theme, 0..1. */
  score: number;
  /** True when the facilitator placed it by hand (moved, split). */
  placed: boolean;
  tally: VoteTally;
  convergent: boolean;
  divergent: boolean;
  uncertain: boolean;
  /** Convergence tag id -> distinct participants who tagged it. */
  tags: Record<string, number>;
  /** The Chatham label where the author marked it quotable, else null. */
  quotable: string | null;
  starred: boolean;
  pinned: boolean;
  /** Set when the contribution is in the group-informed consensus, consensus, rejected or divisive lists. */
  consensus: boolean;
  groupConsensus: boolean;
  rejected: boolean;
  divisive: boolean;
  /** A statement about the participant themself ("I identify as …"): never a finding, never in a list above. */
  demographic: boolean;
  /** How surely and centrally it belongs to its primary theme, 0..1 (0 when in none). */
  centrality: number;
  /** Votes within each opinion group, in the order of `Synthesis.groups` (empty when there are no groups). */
  byGroup: { agree: number; disagree: number; seen: number }[];
  /** Pol.is's group-informed consensus: the product over groups of (agree + 1) / (seen + 2); null without groups. */
  gic: number | null;
}

/** An emergent candidate theme the facilitator may accept, rename or dissolve. */
export interface Suggestion {
  /** Stable and deterministic: "emergent:" + the label terms joined by "+" ("emergent:visa+fee+student"). */
  id: string;
  label: string;
  /** The most distinctive terms (surface words), the one that gathered the contributions first. */
  terms: string[];
  /** Member contribution ids, most central first. */
  contributions: string[];
}

export interface MethodThresholds {
  /** A participant joins the opinion-group computation with at least this many votes. */
  minVotesPerParticipant: number;
  /** Groups are computed only with at least this many such participants. */
  minParticipantsForGroups: number;
  /** A grouping with a group smaller than this is rejected (nobody is singled out). */
  minGroupSize: number;
  kRange: [number, number];
  /** Below this silhouette, one group is reported (no real split). */
  minSilhouette: number;
  /** Contribution-level flags; ratios are of `seen`. */
  convergence: { minSeen: number; minAgreeRatio: number; maxDisagreeRatio: number; minCommonGroundTags: number; taggedAgreeRatio: number };
  divergence: { minSeen: number; minEachSide: number; minEachSideRatio: number };
  uncertainty: { minSeen: number; minPassRatio: number };
  /** Broad majority: smoothed agree share (agree+1)/(seen+2) at least minAgreeRatio, and agree > half at the z level (one-sided 90 %). */
  consensus: { minSeen: number; minAgreeRatio: number; z: number };
  groupConsensus: { minAgreeRatioInEveryGroup: number; minSeenPerGroup: number };
  /** Broad rejection: the same test as consensus, on the disagree share. */
  rejected: { minSeen: number; minDisagreeRatio: number; z: number };
  /** The groups' smoothed agree shares differ by minGap, and at least minEachSide people agreed and as many disagreed. */
  divisive: { minGap: number; minSeenPerGroup: number; minEachSide: number };
  /** A theme becomes a finding when at least this many participants lean one way on it (or, before any vote, this many contributions raised it). */
  findingMinSupport: number;
  /** Words above "several" need the theme's voters to be at least this share of everyone who voted (the room). */
  minRoomShare: number;
  /** "Voiced only in X" needs at least this many contributions, every one from that place (or category). */
  onlyInMinContributions: number;
  /** The codebook is applied to a round of at least minContributions unless under minFit of the uses of its `words` most used words are in the codebook. */
  framework: { minContributions: number; words: number; minFit: number };
  /** Coder: minimum score for a theme, and ratio to the best score for a clear secondary. */
  coder: { minScore: number; secondaryRatio: number; minSecondaryScore: number };
  emergent: { minClusterSize: number; maxSuggestions: number };
  /** Strength-word mapping, in the order it is applied (first match wins). */
  strengthWords: { word: StrengthWord; rule: string }[];
  /** The words used before anybody voted on a theme, resting on how many contributions raised it. */
  contributionWords: { word: StrengthWord; rule: string }[];
}

/** Whether the codebook was applied, and why. */
export interface FrameworkUse {
  /**
   * "applied": contributions were coded under the codebook; "not-applied": the conversation is on
   * another subject, so its themes are emergent only; "none": no codebook was asked for.
   */
  codebook: 'applied' | 'not-applied' | 'none';
  /** Share of the uses of the round's most used words that the codebook's material holds; null when not measured. */
  fit: number | null;
  /** The words measured, most used first: how many contributions use each, and whether the codebook holds it. */
  words: { word: string; contributions: number; known: boolean }[];
}

export interface SynthesisStats {
  /** Distinct participants who voted, tagged or are known to have contributed. */
  participants: number;
  voters: number;
  contributions: number;
  votes: number;
  /** Participants with enough votes to enter the opinion groups. */
  grouped: number;
}

export interface Synthesis {
  /** Schema version of this object. */
  version: 1;
  title: string | null;
  sessions: { id: string; title: string | null; place: string | null; date: string | null }[];
  themes: Theme[];
  groups: OpinionGroup[];
  /** Silhouette of the chosen grouping (null when no groups). */
  silhouette: number | null;
  map: OpinionMap | null;
  /** Broad-majority agreement across everyone who voted (never a divisive statement), by group-informed consensus. */
  consensus: string[];
  /** Agreement within every opinion group, by group-informed consensus. */
  groupConsensus: string[];
  /** Broad-majority disagreement across everyone who voted (never a divisive statement), strongest first. */
  rejected: string[];
  /** Contributions that divide the groups (at least two on each side), most divisive first. */
  divisive: string[];
  findings: Finding[];
  questionsForReflection: QuestionForReflection[];
  contributions: ContributionSynthesis[];
  suggestions: Suggestion[];
  method: MethodThresholds;
  framework: FrameworkUse;
  stats: SynthesisStats;
}
