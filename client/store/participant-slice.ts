import type { StateCreator } from 'zustand';
import type { Agenda, ParticipantContributionView } from '../../shared/views.js';
import type { Store } from './index.js';

export interface ParticipantSlice {
  joined: { joinCode: string; sessionId: string } | null;
  agenda: Agenda | null;
  contributions: Record<string, ParticipantContributionView>;
  /** Arrival order, so the list does not jump as tallies change. */
  order: string[];
  postedTo: string[];
  /** What the phone just did that the person should hear of once (read by the screen's status line). */
  notice: 'withdrawn' | null;
}

export const createParticipantSlice: StateCreator<Store, [], [], ParticipantSlice> = () => ({
  joined: null,
  agenda: null,
  contributions: {},
  order: [],
  postedTo: [],
  notice: null,
});
