import { describe, expect, it } from 'vitest';
import { SynthesisRunner } from '../../server/realtime/synthesis-runner.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { withOpaqueParticipants } from '../../server/synthesis/privacy.js';
import { threePlaceInput } from '../documents/round-fixture.js';

describe('SynthesisRunner', () => {
  it('computes the same synthesis in a worker thread as in place, with opaque participants', { timeout: 30_000 }, async () => {
    const runner = new SynthesisRunner();
    try {
      const input = threePlaceInput();
      const offThread = await runner.compute(input);
      expect(runner.offThread).toBe(true);
      expect(offThread).toEqual(withOpaqueParticipants(synthesize(input)));
      // A second request while one is in flight is computed in place rather than queued behind it.
      const [a, b] = await Promise.all([runner.compute(input), runner.compute(input)]);
      expect(a).toEqual(b);
    } finally {
      await runner.close();
    }
    expect(runner.offThread).toBe(false);
  });
});
