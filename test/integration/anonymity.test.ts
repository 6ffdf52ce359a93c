/**
 * Chatham House against whoever holds the data. Each test plays an attacker (an operator with the data
 * folder or the Redis keys and the server's secret but no phone's token, a facilitator with every view
 * and export, a phone curious about the others' votes) against real nodes, embedded and on Redis, and
 * asserts the attack fails.
 */
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import categoryList from '../../shared/data/participant-categories.json' with { type: 'json' };
import type { FacilitatorSnapshot, ParticipantSnapshot } from '../../shared/views.js';
import { foldRound } from '../../server/domain/evolve.js';
import { isVisible } from '../../server/domain/state.js';
import { client, ok, opId, send, token, waitFor, type Client } from './harness.js';
import { logLines, openAnonymityRoom, QUOTABLE, SENSITIVE, type AnonymityRoom } from './anonymity-room.js';
import { deleteKeys, redisUrl, uniquePrefix } from './redis-harness.js';
import { leaves, wallClockTimes, type StoredData } from './stored-data.js';

const PARTICIPANT_COMMANDS = ['participant:join', 'contribution:add', 'vote:cast', 'tag:set', 'session:sync'];

/** Values of an event that are not its own id, text or type: what could tie it to another. */
function linkable(event: Record<string, unknown>): Set<string> {
  const { type: _type, contributionId: _id, text: _text, ...rest } = event;
  return new Set(leaves(rest));
}

/** The phones' contributions as stored, grouped by phone (the same token in both sessions is one phone). */
function storedContributions(room: AnonymityRoom, data: StoredData) {
  const added = new Map(data.events.filter((e) => e.event.type === 'contribution.added').map((e) => [(e.event as { contributionId: string }).contributionId, e.event as unknown as Record<string, unknown>]));
  const byPhone = new Map<number, Record<string, unknown>[]>();
  for (const phone of room.phones) for (const id of phone.wrote) byPhone.set(phone.n, [...(byPhone.get(phone.n) ?? []), added.get(id)!]);
  return byPhone;
}

async function exportOf(room: AnonymityRoom, format: string, session?: string): Promise<Buffer> {
  const query = session ? `?session=${session}` : '';
  const res = await fetch(`${room.nodes[0].url}/api/rounds/${room.round.roundId}/exports/${format}${query}`, { headers: { authorization: `Bearer ${room.round.facilitatorKey}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** "Participants by category" of a Markdown export, label → count. */
function categoriesIn(markdown: string): Map<string, number> {
  const section = markdown.split('### Participants by category')[1].split('\n#')[0];
  return new Map([...section.matchAll(/^- (.+): (\d+)$/gm)].map(([, label, n]) => [label, Number(n)]));
}

/** A voter's blanks inside each question are all or nothing: blanks then say which questions it saw, never what it wrote. */
function blanksPerQuestion(rows: Map<string, Set<string>>, questionOf: Map<string, string>): string[] {
  const problems: string[] = [];
  const questions = new Map<string, string[]>();
  for (const [contribution, question] of questionOf) questions.set(question, [...(questions.get(question) ?? []), contribution]);
  for (const [voter, voted] of rows) {
    for (const [question, contributions] of questions) {
      const blank = contributions.filter((c) => !voted.has(c));
      if (blank.length > 0 && blank.length < contributions.length) problems.push(`${voter} left ${blank.length} of ${contributions.length} blank in ${question}`);
    }
  }
  return problems;
}

const suites = [
  { mode: 'embedded' as const, prefix: undefined as string | undefined },
  { mode: 'redis' as const, prefix: uniquePrefix('anonymity') },
];

describe.each(suites)('anonymity, $mode', ({ mode, prefix }) => {
  let room: AnonymityRoom;
  const sockets: Client[] = [];

  beforeAll(async () => {
    room = await openAnonymityRoom(mode, prefix ? { url: redisUrl(), prefix } : undefined);
  }, 120_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await room?.close();
    if (prefix) await deleteKeys(prefix);
  });

  it('stores no value common to two contributions of one phone, across its sessions too; the category only on the one it made quotable', async () => {
    const data = await room.stored();
    const byPhone = storedContributions(room, data);
    const all = [...byPhone.values()].flat();
    for (const [n, mine] of byPhone) {
      expect(mine.length).toBeGreaterThan(1);
      const others = all.filter((e) => !mine.includes(e));
      const common = mine.map((e) => [...linkable(e)].filter((v) => !others.some((o) => linkable(o).has(v))));
      for (let i = 0; i < mine.length; i++) {
        for (let j = i + 1; j < mine.length; j++) expect(common[i].filter((v) => common[j].includes(v)), `phone ${n}`).toEqual([]);
      }
    }
    // The lone ambassador of session B quoted one contribution: the other must not inherit its label.
    const ambassador = byPhone.get(6)!;
    const labelled = data.events.filter((e) => JSON.stringify(e.event).includes('ambassador'));
    expect(labelled.map((e) => (e.event as { text?: string }).text)).toEqual([QUOTABLE]);
    const sensitive = ambassador.find((e) => e.text === SENSITIVE)!;
    const quotable = ambassador.find((e) => e.text === QUOTABLE)!;
    expect([...linkable(sensitive)].filter((v) => linkable(quotable).has(v) && !all.some((o) => o !== sensitive && o !== quotable && linkable(o).has(v)))).toEqual([]);
  });

  it("stores nothing that ties a contribution to its author's votes, tags or roster entry: no shared value, no pattern of blanks", async () => {
    const data = await room.stored();
    const byPhone = storedContributions(room, data);
    const reactions = data.events.filter((e) => ['vote.cast', 'vote.withdrawn', 'tag.set'].includes(e.event.type)).map((e) => e.event as unknown as Record<string, unknown>);
    // Every voter key and operation key, whoever it was from: any of them in a phone's contributions would tie them.
    const reactionValues = new Set(reactions.flatMap((e) => [...linkable(e)]).filter((v) => v.length >= 16));
    const rosterKeys = new Set(data.rosters.flatMap((r) => r.keys));
    for (const [n, mine] of byPhone) {
      const values = mine.flatMap((e) => [...linkable(e)]);
      expect(values.filter((v) => reactionValues.has(v) || rosterKeys.has(v)), `phone ${n}`).toEqual([]);
    }
    for (const key of rosterKeys) expect(data.events.some((e) => JSON.stringify(e.event).includes(key))).toBe(false);

    // Everyone voted on everything their deck showed: within a question, a voter's blanks are all or nothing.
    const round = foldRound(data.events);
    for (const name of ['A', 'B'] as const) {
      const sessionId = room.sessions[name].sessionId;
      const contributions = [...round.contributions.values()].filter((c) => c.sessionId === sessionId && isVisible(c));
      const rows = new Map<string, Set<string>>();
      for (const c of contributions) for (const voter of c.votes.keys()) rows.set(voter, (rows.get(voter) ?? new Set()).add(c.id));
      expect(rows.size).toBeGreaterThan(2);
      expect(blanksPerQuestion(rows, new Map(contributions.map((c) => [c.id, c.questionId]))), `session ${name}`).toEqual([]);
    }
  });

  it('leaves no such blanks in any export either, and no stored key in any', async () => {
    const data = await room.stored();
    const storedKeys = new Set(data.events.flatMap((e) => leaves(e.event)).filter((v) => /^[A-Za-z0-9_-]{20,}$/.test(v)));
    for (const r of data.rosters) for (const k of r.keys) storedKeys.add(k);
    for (const session of [undefined, room.sessions.A.sessionId, room.sessions.B.sessionId]) {
      const csv = parse((await exportOf(room, 'csv', session)).toString('utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
      const zip = await JSZip.loadAsync(await exportOf(room, 'polis', session));
      const matrix = parse(await zip.file('participants-votes.csv')!.async('string'), { columns: true }) as Record<string, string>[];
      // Pol.is comment i is the CSV's row i + 1: same contributions, same order. A question is a session's question.
      const questionOf = new Map(csv.map((row, i) => [String(i), `${row.session} / ${row.question}`]));
      const rows = new Map(matrix.map((row) => [row.participant, new Set([...questionOf.keys()].filter((i) => row[i] !== ''))]));
      expect(rows.size).toBeGreaterThan(2);
      expect(blanksPerQuestion(rows, questionOf), session ?? 'round').toEqual([]);
      const everything = [
        ...(await Promise.all(Object.values(zip.files).map((f) => f.async('string')))),
        ...(await Promise.all(['csv', 'json', 'md'].map(async (format) => (await exportOf(room, format, session)).toString('utf8')))),
      ].join('\n');
      for (const key of [...storedKeys, ...room.secrets.tokens]) expect(everything).not.toContain(key);
    }
  });

  it("does not tie a phone's sessions together through its row of the vote matrix, stored or exported", async () => {
    // Phone 4 joined both sessions: a row with votes in both would be the one person seen in both rooms.
    const round = foldRound((await room.stored()).events);
    const sessionsOf = new Map<string, Set<string>>();
    for (const c of round.contributions.values()) {
      for (const voter of [...c.votes.keys(), ...[...c.tags.values()].flatMap((t) => [...t])]) sessionsOf.set(voter, (sessionsOf.get(voter) ?? new Set()).add(c.sessionId));
    }
    expect([...sessionsOf.values()].filter((s) => s.size > 1)).toEqual([]);
    const csv = parse((await exportOf(room, 'csv')).toString('utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const zip = await JSZip.loadAsync(await exportOf(room, 'polis'));
    const matrix = parse(await zip.file('participants-votes.csv')!.async('string'), { columns: true }) as Record<string, string>[];
    const rowsInBoth = matrix.filter((row) => new Set(csv.filter((_, i) => row[String(i)] !== '').map((c) => c.session)).size > 1);
    expect(rowsInBoth).toEqual([]);
  });

  it('stores nothing that times or orders what participants did: no node ids, wall-clock times or first-join orders', async () => {
    const data = await room.stored();
    expect(wallClockTimes(data.text, room.startedAt - 86_400_000, Date.now() + 86_400_000)).toEqual([]);
    const fixedOrder = [...categoryList.map((c) => c.id), 'undisclosed'];
    for (const roster of data.rosters) {
      expect([...roster.keys]).toEqual([...roster.keys].sort());
      if (mode === 'redis') expect(roster.categoryOrder, JSON.stringify(data.redis!.map((k) => [k.name, k.fields]))).toEqual(fixedOrder);
      else expect(roster.categoryOrder).toEqual([...roster.categoryOrder].sort());
    }
    for (const id of [...room.secrets.tokens, ...room.secrets.socketIds, '127.0.0.1']) expect(data.text).not.toContain(id);
    if (mode !== 'redis') return;
    const keys = data.redis!;
    for (const stream of keys.filter((k) => k.name.startsWith('round:'))) {
      for (const [i, entry] of stream.entries!.entries()) {
        expect(entry.id).toBe(`${i + 1}-1`);
        expect(entry.fields.map(([field]) => field)).toEqual(['e']);
      }
    }
    // Nothing kept for connection recovery, no wake-up entries, nothing of a phone in the adapter's stream.
    expect(keys.filter((k) => k.name.startsWith('sio:') || k.name.startsWith('wake:')).map((k) => k.name)).toEqual([]);
    expect(keys.filter((k) => k.name.startsWith('socket.io')).flatMap((k) => k.entries ?? [])).toEqual([]);
    for (const zset of keys.filter((k) => k.name.endsWith(':phones'))) expect(new Set(zset.members!.map(([, score]) => score))).toEqual(new Set(['0']));
    // No command budget kept per address (it would be written on every command); only wrong guesses are, for a minute.
    expect(keys.filter((k) => k.pttl !== -1 || k.name.startsWith('rl:')).map((k) => k.name)).toEqual([]);
  });

  it('logs nothing per participant action at debug level with DEBUG=*, and nothing that names a phone', async () => {
    for (const [i, node] of room.nodes.entries()) {
      const lines = logLines(node);
      expect(lines.slice(room.linesBeforeParticipants[i]), `node ${i}`).toEqual([]);
      const all = lines.join('\n');
      for (const command of PARTICIPANT_COMMANDS) expect(all).not.toContain(command);
      for (const secret of [...room.secrets.tokens, ...room.secrets.texts, ...room.secrets.socketIds, room.sessions.A.joinCode, room.round.facilitatorKey]) {
        expect(all).not.toContain(secret);
      }
    }
  });

  it('publishes no category count of one or two that comparing the round with its sessions, or any view with another, would reveal', async () => {
    const round = categoriesIn((await exportOf(room, 'md')).toString('utf8'));
    const sessions = await Promise.all(
      (['A', 'B'] as const).map(async (name) => {
        const exported = categoriesIn((await exportOf(room, 'md', room.sessions[name].sessionId)).toString('utf8'));
        const { snapshot } = await ok(room.facilitator, 'session:watch', { sessionId: room.sessions[name].sessionId });
        return { exported, live: snapshot as FacilitatorSnapshot };
      }),
    );
    for (const label of new Set([...round.keys(), ...sessions.flatMap((s) => [...s.exported.keys()])])) {
      const parts = sessions.map((s) => s.exported.get(label) ?? 0);
      expect(round.get(label) ?? 0, label).toBe(parts[0] + parts[1]);
    }
    const labelOf = new Map(categoryList.map((c) => [c.id, c.label]));
    for (const { exported, live } of sessions) {
      const shown = new Map(Object.entries(live.categories).map(([id, n]) => [labelOf.get(id), n]));
      for (const [label, n] of shown) expect(exported.get(label!)).toBe(n);
      for (const [label, n] of [...shown, ...exported]) if (label !== 'Fewer than three in a category, or not stated') expect(n, label).toBeGreaterThanOrEqual(3);
      expect(exported.get('Fewer than three in a category, or not stated') ?? 0).toBe(live.categoriesRemainder);
    }
  });

  it("tells a phone, and the projector it can open, nothing of the others' votes while tallies are hidden", async () => {
    const { probe } = room;
    expect(probe.received.phone[1]).toBe(probe.received.phone[0]);
    expect(probe.received.projector[1]).toBe(probe.received.projector[0]);
    const again = await ok(probe.phone.socket, 'vote:cast', probe.vote);
    expect(again).toEqual(probe.firstAck);
    const { snapshot } = await ok(probe.projector, 'session:sync', { sessionId: room.sessions.A.sessionId });
    expect(JSON.stringify(snapshot)).not.toMatch(/"votes"|"version"|"tally"/);
    const phone = (await ok(probe.phone.socket, 'session:sync', { sessionId: room.sessions.A.sessionId })).snapshot;
    expect(JSON.stringify(phone)).not.toMatch(/"version"|"tally"/);
  });

  it('scopes operation ids to the phone and compares a resend with what was stored', async () => {
    // (Phone 1's connection was dropped and has not joined again.)
    const [first, second] = room.phones.filter((p) => p.session === 'A' && p.n !== 1);
    const questionId = room.sessions.A.questions[0];
    const post = { questionId, text: 'Posted once, whatever happens', quotable: false, opId: opId() };
    const stored = await ok(first.socket, 'contribution:add', post);
    expect((await ok(first.socket, 'contribution:add', post)).contribution.id).toBe(stored.contribution.id);
    expect(await send(first.socket, 'contribution:add', { ...post, text: 'Something else entirely' })).toMatchObject({ ok: false, error: { code: 'operation-reused' } });
    // The same opId from another phone is another operation.
    const theirs = await ok(second.socket, 'contribution:add', { ...post, text: 'Another phone, the same opId' });
    expect(theirs.contribution.id).not.toBe(stored.contribution.id);
    const vote = { contributionId: room.discussion, vote: 'agree' as const, opId: opId() };
    await ok(second.socket, 'vote:cast', { ...vote, vote: 'pass', opId: opId() });
    await ok(second.socket, 'vote:cast', vote);
    expect(await send(second.socket, 'vote:cast', { ...vote, vote: 'disagree' })).toMatchObject({ ok: false, error: { code: 'operation-reused' } });

    // Under "after posting", replaying one's own earlier post with another question's id must not open that question.
    const b = room.sessions.B;
    const [lone, replayer] = [7, 8].map((n) => room.phones.find((p) => p.session === 'B' && p.n === n)!);
    const replayed = { questionId: b.questions[0], text: 'Replayed later', quotable: false, opId: opId() };
    await ok(room.facilitator, 'question:open', { sessionId: b.sessionId, questionId: b.questions[0] });
    await ok(replayer.socket, 'contribution:add', replayed);
    await ok(room.facilitator, 'question:open', { sessionId: b.sessionId, questionId: b.questions[1] });
    expect(await send(replayer.socket, 'contribution:add', { ...replayed, questionId: b.questions[1] })).toMatchObject({ ok: false, error: { code: 'operation-reused' } });
    const seen = replayer.socket.received.length;
    await ok(lone.socket, 'contribution:add', { questionId: b.questions[1], text: 'Only for those who posted here', quotable: false, opId: opId() });
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(replayer.socket.received.slice(seen))).not.toContain('Only for those who posted here');
  });

  it('still marks "mine" for the phone that wrote it, after it reconnects, on any node', async () => {
    for (const phone of [room.phones.find((p) => p.n === 6)!, ...room.phones.filter((p) => p.n === 4)]) {
      for (const node of room.nodes) {
        const socket = await client(node);
        sockets.push(socket);
        const { snapshot } = await ok(socket, 'participant:join', { joinCode: room.sessions[phone.session].joinCode, token: token(phone.n), category: phone.category });
        const mine = (snapshot as ParticipantSnapshot).contributions.filter((c) => c.mine).map((c) => c.id);
        expect(mine.sort(), `phone ${phone.n} in ${phone.session}`).toEqual([...phone.wrote].sort());
        socket.disconnect();
      }
    }
  });

  if (mode === 'redis') {
    it('gives a node that loads the round during a countdown its end time from the node that timed it', async () => {
      const round = await (await fetch(`${room.nodes[0].url}/api/rounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":"Countdown"}' })).json();
      const f = await client(room.nodes[0]);
      sockets.push(f);
      await ok(f, 'facilitator:auth', { roundId: round.roundId, key: round.facilitatorKey });
      const { sessionId, joinCode } = await ok(f, 'session:create', { title: 'Timed', place: 'Geneva', date: '2026-11-28', format: 'roundtable' });
      await ok(f, 'countdown:set', { sessionId, kind: 'speaker', seconds: 300 });
      const phone = await client(room.nodes[1]);
      sockets.push(phone);
      const { snapshot } = await ok(phone, 'participant:join', { joinCode, token: token(99) });
      // Node 1 loads the round now: it shows the countdown as ended until node 0 has told it the end time.
      const endsAt = await waitFor(() => {
        const agenda = phone.received.filter((r) => r.event === 'agenda:updated').at(-1)?.payload as { agenda: ParticipantSnapshot } | undefined;
        const latest = (agenda?.agenda ?? (snapshot as ParticipantSnapshot)).countdown?.endsAt ?? 0;
        return latest > 0 && latest;
      });
      expect(endsAt).toBeGreaterThan(Date.now() + 200_000);
    });
  }
});
