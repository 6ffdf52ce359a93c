import type { StateCreator } from 'zustand';
import type { ProjectorSnapshot } from '../../shared/views.js';
import type { Store } from './index.js';

export interface ProjectorSlice {
  projector: ProjectorSnapshot | null;
}

export const createProjectorSlice: StateCreator<Store, [], [], ProjectorSlice> = () => ({ projector: null });
