/**
 * Chatham House, proven: after a scripted session, nothing the server stored, logged or sent to
 * the facilitator or projector can tie a contribution or a vote to a phone, a socket or an address.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, ok, opId, participant, removeDir, roomWithOpenQuestion, startTestNode, token, waitFor, type Client, type TestNode } from './harness.js';

let node: TestNode;
let facilitator: Client;
let projector: Client;
const phones: Client[] = [];
const texts: string[] = [];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  node = await startTestNode();
  const room = await roomWithOpenQuestion(node, 'Washington');
  facilitator = room.facilitator;
  projector = await client(node);
  await ok(projector, 'projector:watch', { joinCode: room.joinCode });
  const categories = ['business', 'business', 'business', 'ambassador', null];
  for (let n = 0; n < categories.length; n++) {
    const { socket } = await participant(node, room.joinCode, n + 1, categories[n]);
    phones.push(socket);
  }
  const ids: string[] = [];
  for (let n = 0; n < phones.length; n++) {
    const text = `Contribution number ${n} about regional consultative processes`;
    texts.push(text);
    const ack = await ok(phones[n], 'contribution:add', { questionId: room.questionId, text, quotable: n === 0, opId: opId() });
    ids.push(ack.contribution.id);
  }
  for (let n = 0; n < phones.length; n++) {
    for (const id of ids) await ok(phones[n], 'vote:cast', { contributionId: id, vote: n % 2 ? 'agree' : 'disagree', opId: opId() });
    await ok(phones[n], 'tag:set', { contributionId: ids[0], tag: 'common-ground', on: true, opId: opId() });
  }
  await ok(facilitator, 'session:settings', { sessionId: room.sessionId, settings: { talliesRevealed: true } });
  await ok(facilitator, 'session:watch', { sessionId: room.sessionId });
  await waitFor(() => projector.received.some((r) => r.event === 'projector:updated'));
  await new Promise((r) => setTimeout(r, 200));
});

afterAll(async () => {
  for (const s of [...phones, facilitator, projector]) s.disconnect();
  await node.close();
  removeDir(node.dataDir);
});

describe('no linkage between people and what they wrote or voted', () => {
  const identifiers = () => [
    ...phones.map((_, n) => token(n + 1)),
    ...[...phones, facilitator, projector].map((s) => s.id!).filter(Boolean),
    '127.0.0.1',
    '::ffff:127.0.0.1',
  ];

  it('stores no token, socket id, address, user agent or time', () => {
    const stored = filesUnder(node.dataDir).map((f) => readFileSync(f).toString('utf8')).join('\n');
    for (const id of identifiers()) expect(stored).not.toContain(id);
    expect(stored).not.toMatch(/user-?agent|Mozilla|node-XMLHttpRequest/i);
    expect(stored).not.toMatch(/"(at|time|timestamp|joinedAt|createdAt|ip|address)"/);
  });

  it('stores author tags and voter keys that cannot be joined to each other', () => {
    const log = filesUnder(join(node.dataDir, 'rounds'))
      .flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'))
      .map((line) => JSON.parse(line.slice(9)).event);
    const authors = new Set(log.filter((e) => e.type === 'contribution.added').map((e) => e.authorTag));
    const voters = new Set(log.filter((e) => e.type === 'vote.cast' || e.type === 'tag.set').map((e) => e.voterKey));
    expect(authors.size).toBe(5);
    expect(voters.size).toBe(5);
    for (const a of authors) expect(voters.has(a)).toBe(false);
    const rosters = readFileSync(filesUnder(join(node.dataDir, 'rosters'))[0], 'utf8');
    for (const key of [...authors, ...voters]) expect(rosters).not.toContain(key);
    // Only the quotable contribution carries a category, inside its Chatham label.
    const withCategory = log.filter((e) => e.type === 'contribution.added' && e.quotable);
    expect(withCategory).toHaveLength(1);
    expect(withCategory[0].quotable.label).toBe('Washington roundtable participant, business sector');
  });

  it('logs no contribution text, key, token, socket id or address', () => {
    const logs = node.logs.lines.join('\n');
    expect(logs).toContain('concert listening');
    for (const id of identifiers()) expect(logs).not.toContain(id);
    for (const text of texts) expect(logs).not.toContain(text);
  });

  it('sends the facilitator and the projector no author, voter or category of a non-quotable contribution', () => {
    for (const audience of [facilitator, projector]) {
      const sent = JSON.stringify(audience.received);
      expect(sent).not.toMatch(/authorKey|voterKey|rosterKey|"mine":true/);
      for (const id of identifiers()) expect(sent).not.toContain(id);
    }
    const sent = JSON.stringify(facilitator.received);
    expect(sent).not.toMatch(/"category"/);
    expect(sent).toContain('Washington roundtable participant, business sector');
    expect(sent).not.toContain('Ambassador participant');
  });

  it("sends each phone its own votes only, never another phone's", () => {
    for (let n = 0; n < phones.length; n++) {
      const mine = n % 2 ? 'agree' : 'disagree';
      const other = n % 2 ? 'disagree' : 'agree';
      const myVotes = phones[n].received
        .filter((r) => r.event === 'contribution:added')
        .map((r) => (r.payload as { contribution: { myVote: string | null } }).contribution.myVote);
      expect(myVotes.every((v) => v === null || v === mine)).toBe(true);
      expect(JSON.stringify(phones[n].received)).not.toContain(`"myVote":"${other}"`);
    }
  });
});
