import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.js';
import { LogCapture } from '../integration/harness.js';

describe('structured logs', () => {
  it('redact keys, addresses and contribution text wherever a careless call puts them', () => {
    const capture = new LogCapture();
    const logger = createLogger('info', capture);
    logger.info(
      {
        text: 'Said under the rule',
        token: 'phone-token',
        authorKey: 'author-key',
        address: '198.51.100.7',
        req: { headers: { 'x-forwarded-for': '198.51.100.7', 'user-agent': 'Phone/1.0' } },
        command: { contribution: { text: 'nested text' }, voterKey: 'voter-key', reason: 'why it was hidden' },
      },
      'careless',
    );
    const line = capture.lines.join('\n');
    for (const secret of ['Said under the rule', 'phone-token', 'author-key', '198.51.100.7', 'Phone/1.0', 'nested text', 'voter-key', 'why it was hidden']) {
      expect(line).not.toContain(secret);
    }
    expect(JSON.parse(line)).toMatchObject({ msg: 'careless', text: '[redacted]' });
  });
});
