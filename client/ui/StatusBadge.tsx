import { useStore } from '../store/index.js';

const LABEL = { online: 'Online', offline: 'Offline: nothing is sent until the connection returns', connecting: 'Connecting…' } as const;

export function StatusBadge() {
  const status = useStore((s) => s.status);
  return (
    <span className={`status status-${status}`} role="status" aria-live="polite">
      {LABEL[status]}
    </span>
  );
}
