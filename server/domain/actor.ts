/** Who is issuing a command, as the domain needs to know it, and no more. */
export type Actor =
  | { role: 'facilitator' }
  | {
      role: 'participant';
      sessionId: string;
      /** Keyed hash of the phone's token, used only to mark a contribution as the phone's own. */
      authorKey: string;
      /** A second, unrelated keyed hash, the row of the vote matrix. */
      voterKey: string;
      category: string | null;
    };

export type ParticipantActor = Extract<Actor, { role: 'participant' }>;

/** The impure inputs a decision may need, supplied by the caller so the domain stays pure. */
export interface DecisionContext {
  newId(): string;
  now(): number;
}
