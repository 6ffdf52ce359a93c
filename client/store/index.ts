/**
 * One store in typed slices. Socket listeners (client/socket/listeners.ts) write into it with
 * plain setState calls; components read it through selectors.
 */
import { create } from 'zustand';
import { createConnectionSlice, type ConnectionSlice } from './connection-slice.js';
import { createFacilitatorSlice, type FacilitatorSlice } from './facilitator-slice.js';
import { createOutboxSlice, type OutboxSlice } from './outbox-slice.js';
import { createParticipantSlice, type ParticipantSlice } from './participant-slice.js';
import { createProjectorSlice, type ProjectorSlice } from './projector-slice.js';

export type Store = ConnectionSlice & ParticipantSlice & OutboxSlice & FacilitatorSlice & ProjectorSlice;

export const useStore = create<Store>()((...a) => ({
  ...createConnectionSlice(...a),
  ...createParticipantSlice(...a),
  ...createOutboxSlice(...a),
  ...createFacilitatorSlice(...a),
  ...createProjectorSlice(...a),
}));

export const initialState = useStore.getState();

/** For tests: back to a fresh store. */
export function resetStore(): void {
  useStore.setState(initialState, true);
}
