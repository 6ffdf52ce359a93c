import type { StateCreator } from 'zustand';
import type { Store } from './index.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

export interface ConnectionSlice {
  status: ConnectionStatus;
  /** Server clock minus this device's clock, so countdowns agree across devices. */
  clockOffsetMs: number;
  lastError: string | null;
  /** Join keys this page knows, by join code: for the links and QR codes it shows. */
  joinKeys: Record<string, string>;
}

export const createConnectionSlice: StateCreator<Store, [], [], ConnectionSlice> = () => ({
  status: 'connecting',
  clockOffsetMs: 0,
  lastError: null,
  joinKeys: {},
});
