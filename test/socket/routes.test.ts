/** One routing table binds every command of the protocol, each with the role the domain expects of its sender. */
import { describe, expect, it } from 'vitest';
import { commandSchemas } from '../../shared/protocol/commands.js';
import { ROUTES } from '../../server/socket/connection.js';

const roleOf = (name: keyof typeof ROUTES) => ROUTES[name].role;

describe('the routing table', () => {
  it('routes every command of the protocol, and nothing else', () => {
    expect(Object.keys(ROUTES).sort()).toEqual(Object.keys(commandSchemas).sort());
  });

  it('gives each command the sender the domain accepts: phones post, vote and tag; the facilitator runs the room; an observer only watches; anyone enters', () => {
    const byRole = (role: string) => (Object.keys(ROUTES) as (keyof typeof ROUTES)[]).filter((n) => roleOf(n) === role).sort();
    expect(byRole('participant')).toEqual(['contribution:add', 'contribution:withdraw', 'tag:set', 'vote:cast']);
    expect(byRole('anyone')).toEqual(['facilitator:auth', 'participant:join', 'projector:watch', 'session:sync']);
    expect(byRole('console')).toEqual(['session:watch']);
    expect(byRole('facilitator')).toContain('curation:apply');
    expect(byRole('facilitator')).toHaveLength(Object.keys(commandSchemas).length - 9);
  });
});
