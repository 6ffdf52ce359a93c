import type { StateCreator } from 'zustand';
import type { Store } from './index.js';

/** Something the participant did that the server has not yet stored. A refused one keeps the refusal's code, to explain it. */
type Refused = { error?: string; errorCode?: string };
export type OutboxItem =
  | ({ opId: string; kind: 'post'; questionId: string; text: string; quotable: boolean; state: OutboxState } & Refused)
  | ({ opId: string; kind: 'vote'; contributionId: string; vote: 'agree' | 'disagree' | 'pass' | null; state: OutboxState } & Refused)
  | ({ opId: string; kind: 'tag'; contributionId: string; tag: string; on: boolean; state: OutboxState } & Refused);

export type OutboxState = 'pending' | 'sending' | 'failed';

export interface OutboxSlice {
  outbox: OutboxItem[];
}

export const createOutboxSlice: StateCreator<Store, [], [], OutboxSlice> = () => ({ outbox: [] });
