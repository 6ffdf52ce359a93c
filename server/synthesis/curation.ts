// Placeholder until the synthesis engine lands; replaced by the engine's curation reducer.
import { z } from 'zod';
export type CurationEvent = { type: string; [k: string]: unknown };
export type CurationState = { events: CurationEvent[] };
export const curationEventSchema = z.looseObject({ type: z.string() });
export function initialCuration(): CurationState {
  return { events: [] };
}
export function applyCuration(state: CurationState, event: CurationEvent): CurationState {
  return { events: [...state.events, event] };
}
