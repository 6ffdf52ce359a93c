import type { StateCreator } from 'zustand';
import type { Store } from './index.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';
/** Who this page is to the server: set when the page enters, never guessed from what arrives. */
export type ClientRole = 'participant' | 'facilitator' | 'observer' | 'projector';

export interface ConnectionSlice {
  status: ConnectionStatus;
  role: ClientRole | null;
  /** Server clock minus this device's clock, so countdowns agree across devices. */
  clockOffsetMs: number;
  lastError: string | null;
  /** Join keys this page knows, by join code: for the links and QR codes it shows. */
  joinKeys: Record<string, string>;
}

export const createConnectionSlice: StateCreator<Store, [], [], ConnectionSlice> = () => ({
  status: 'connecting',
  role: null,
  clockOffsetMs: 0,
  lastError: null,
  joinKeys: {},
});
