import { useState } from 'react';
import type { Ack } from '../../shared/protocol/result.js';
import type { Refusal } from '../i18n/refusals.js';
import { retryRateLimited } from './retry.js';

/** Runs a command (again while rate-limited) and keeps its refusal, if any, for display. Resolves to whether it succeeded. */
export function useAction() {
  const [error, setError] = useState<Refusal | null>(null);
  const run = async (action: () => Promise<Ack<object>>): Promise<boolean> => {
    const ack = await retryRateLimited(action);
    setError(ack.ok ? null : ack.error);
    return ack.ok;
  };
  return { run, error };
}
