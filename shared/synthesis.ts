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

/** Agreement in one session, for the trend behind "a growing majority". */
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
  tally: ThemeTally;
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
  /** Contributions that set this group apart (Pol.is-style representativeness), most representative first. */
  representative: string[];
  /** How the group stands on each representative contribution, in the same order. */
  stances: { contributionId: string; direction: 'agree' | 'disagree'; groupRatio: number; restRatio: number }[];
  /** Position of the group's centre on the two principal axes. */
  centre: [number, number];
}

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
  /** Candidate pull quotes (contribution ids): pinned first, then quotable and most agreed. */
  quotes: string[];
  /** Where the theme divides participants or groups, in words, or null. */
  divides: string | null;
  /** Set only when every voice behind the view came from one place or one category. */
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
  /** Set when the contribution is in the group-informed consensus, consensus or divisive lists. */
  consensus: boolean;
  groupConsensus: boolean;
  divisive: boolean;
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
  divisive: { minGap: number; minSeenPerGroup: number };
  /** A theme becomes a finding with at least this many supporting participants (or contributions when nobody voted). */
  findingMinSupport: number;
  /** Coder: minimum score for a theme, and ratio to the best score for a clear secondary. */
  coder: { minScore: number; secondaryRatio: number; minSecondaryScore: number };
  emergent: { minClusterSize: number; maxSuggestions: number };
  /** Strength-word mapping, in the order it is applied (first match wins). */
  strengthWords: { word: StrengthWord; rule: string }[];
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
  /** Broad-majority agreement across everyone who voted, strongest first. */
  consensus: string[];
  /** Agreement within every opinion group, strongest first. */
  groupConsensus: string[];
  /** Contributions that divide the groups, most divisive first. */
  divisive: string[];
  findings: Finding[];
  questionsForReflection: QuestionForReflection[];
  contributions: ContributionSynthesis[];
  suggestions: Suggestion[];
  method: MethodThresholds;
  stats: SynthesisStats;
}
