/** Closed vocabularies of the protocol, free of any validation library so the browser bundle stays small. */
export const SESSION_FORMATS = ['roundtable', 'working-meal', 'bilateral', 'plenary'] as const;
export const VOTES = ['agree', 'disagree', 'pass'] as const;
export const VISIBILITY = ['immediate', 'after-posting'] as const;
export const TALLY_VISIBILITY = ['never', 'after-voting', 'always'] as const;
export const COUNTDOWN_KINDS = ['question', 'speaker'] as const;
/** What a convergence tag means to the synthesis, whatever the round calls it: common ground, a question for further reflection, or neither. */
export const TAG_MEANINGS = ['common-ground', 'question', 'other'] as const;
/** What the room's screen shows: the current question, the broadest agreement, the draft findings, or the opinion map. */
export const PROJECTOR_MODES = ['question', 'agreement', 'findings', 'map'] as const;

export type SessionFormat = (typeof SESSION_FORMATS)[number];
export type VoteChoice = (typeof VOTES)[number];
export type Visibility = (typeof VISIBILITY)[number];
export type TallyVisibility = (typeof TALLY_VISIBILITY)[number];
export type CountdownKind = (typeof COUNTDOWN_KINDS)[number];
export type TagMeaning = (typeof TAG_MEANINGS)[number];
export type ProjectorMode = (typeof PROJECTOR_MODES)[number];

/** The modes that show what the votes say: on the screen only while the session shows tallies to everyone. */
export function modeNeedsTallies(mode: ProjectorMode): boolean {
  return mode !== 'question';
}

export const FORMAT_LABELS: Record<SessionFormat, string> = {
  roundtable: 'Roundtable',
  'working-meal': 'Working lunch or dinner',
  bilateral: 'Bilateral meeting',
  plenary: 'Plenary',
};

export const DEFAULT_SETTINGS = {
  visibility: 'immediate',
  tallies: 'never',
  talliesRevealed: false,
} as const;

/** A category is shown in counts only where at least this many people share it, so nobody is singled out. */
export const MIN_CATEGORY_COUNT = 3;

export interface Settings {
  /** Whether participants see others' contributions at once, or only after posting their own to that question. */
  visibility: Visibility;
  /** Whether participants see tallies never, after voting on a contribution, or always. */
  tallies: TallyVisibility;
  /** The facilitator's reveal: tallies go to everyone, whatever `tallies` says. */
  talliesRevealed: boolean;
}
