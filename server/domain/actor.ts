import type { Contribution } from './state.js';

/** Who is issuing a command, as the domain needs to know it, and no more. */
export type Actor =
  | { role: 'facilitator' }
  | {
      role: 'participant';
      sessionId: string;
      /**
       * The author tag of a new contribution: a keyed hash of its id that only this phone can recompute.
       * The domain stores it and never compares it, so it holds no key that links a phone's contributions.
       */
      authorTag(contributionId: string): string;
      /** An unrelated keyed hash, the phone's row of the vote matrix. */
      voterKey: string;
      category: string | null;
      /** Whether this phone wrote the contribution: its connection recomputes the author tag; nothing stored says so. */
      wrote(contribution: Contribution): boolean;
    };

export type ParticipantActor = Extract<Actor, { role: 'participant' }>;

/** The impure inputs a decision may need, supplied by the caller so the domain stays pure. */
export interface DecisionContext {
  newId(): string;
}
