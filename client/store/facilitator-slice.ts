import type { StateCreator } from 'zustand';
import type { FacilitatorSnapshot, RoundView } from '../../shared/views.js';
import type { Synthesis } from '../../shared/synthesis.js';
import type { Store } from './index.js';

export interface FacilitatorSlice {
  credentials: { roundId: string; key: string } | null;
  /** The key of the round's read-only link, given to the facilitator only. */
  observerKey: string | null;
  round: RoundView | null;
  watching: FacilitatorSnapshot | null;
  synthesis: Synthesis | null;
}

export const createFacilitatorSlice: StateCreator<Store, [], [], FacilitatorSlice> = () => ({
  credentials: null,
  observerKey: null,
  round: null,
  watching: null,
  synthesis: null,
});
