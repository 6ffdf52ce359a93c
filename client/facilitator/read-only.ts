import { useStore } from '../store/index.js';

/** Whether this console was opened with the read-only observer link: it shows no control that changes the round. */
export const useReadOnly = () => useStore((s) => s.role === 'observer');
