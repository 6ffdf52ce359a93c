import { useState } from 'react';
import type { Ack } from '../../shared/protocol/result.js';
import type { Refusal } from '../i18n/refusals.js';

/** Runs a command and keeps its refusal, if any, for display. Resolves to whether it succeeded. */
export function useAction() {
  const [error, setError] = useState<Refusal | null>(null);
  const run = async (action: () => Promise<Ack<object>>): Promise<boolean> => {
    const ack = await action();
    setError(ack.ok ? null : ack.error);
    return ack.ok;
  };
  return { run, error };
}
