import { afterEach, describe, expect, it } from 'vitest';
import type { Codebook } from '../../shared/codebook.js';
import type { Synthesis } from '../../shared/synthesis.js';
import { cleanupAfter, ok, opId, participant, roomWithOpenQuestion, send, waitFor, type Client, testNodeIn } from './harness.js';

const cleanup = cleanupAfter(afterEach);

const latest = (socket: Client) =>
  [...socket.received].reverse().find((r) => r.event === 'synthesis:updated')?.payload as { synthesis: Synthesis } | undefined;

describe("the facilitator's live synthesis", () => {
  it('drafts findings from live contributions and votes, and the facilitator’s wording replaces the draft', async () => {
    const node = await testNodeIn(cleanup);
    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => room.facilitator.disconnect());
    const phones: Client[] = [];
    for (let n = 1; n <= 6; n++) {
      const p = await participant(node, room.joinCode, n);
      phones.push(p.socket);
      cleanup.push(() => p.socket.disconnect());
    }
    const texts = [
      'The Global Forum on Migration and Development should move from talking to an active mode.',
      'The GFMD is regarded more positively than other processes, despite its limits.',
      'Regional consultative processes could cooperate far more closely across regions.',
    ];
    const ids: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      ids.push((await ok(phones[i], 'contribution:add', { questionId: room.questionId, text: texts[i], quotable: false, opId: opId() })).contribution.id);
    }
    for (const phone of phones) for (const id of ids) await ok(phone, 'vote:cast', { contributionId: id, vote: 'agree', opId: opId() });

    const drafted = await waitFor(() => {
      const s = latest(room.facilitator)?.synthesis;
      return s && s.stats.votes === 18 && s.findings.length > 0 ? s : undefined;
    });
    const finding = drafted.findings[0];
    expect(finding.strength.word.length).toBeGreaterThan(0);
    expect(finding.strength.participants).toBeGreaterThan(0);
    const sent = JSON.stringify(room.facilitator.received.filter((r) => r.event === 'synthesis:updated'));
    expect(sent).not.toMatch(/voter-|author|phone-token/);

    const edited = await send(room.facilitator, 'curation:apply', { event: { type: 'finding.edited', themeId: finding.themeId, text: 'Participants were of one mind on the GFMD.' } });
    expect(edited.ok).toBe(true);
    await waitFor(() => latest(room.facilitator)?.synthesis.findings.find((f) => f.themeId === finding.themeId && f.edited && f.text === 'Participants were of one mind on the GFMD.'));

    const bad = await send(room.facilitator, 'curation:apply', { event: { type: 'theme.renamed', themeId: 'no-such-theme', label: 'x' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const asParticipant = await send(phones[0], 'curation:apply', { event: { type: 'finding.edited', themeId: finding.themeId, text: 'Mine' } });
    expect(asParticipant).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe("the round's codebook", () => {
  it('exports over HTTP with the facilitator key only, and imports back through curation', async () => {
    const node = await testNodeIn(cleanup);
    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => room.facilitator.disconnect());
    const url = `${node.url}/api/rounds/${room.round.roundId}/codebook`;

    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
    const res = await fetch(url, { headers: { authorization: `Bearer ${room.round.facilitatorKey}` } });
    expect(res.status).toBe(200);
    const codebook = (await res.json()) as Codebook;
    expect(codebook.themes.length).toBeGreaterThan(10);

    // What the facilitator places by hand travels with the exported codebook, as learned examples.
    const phone = await participant(node, room.joinCode, 1);
    cleanup.push(() => phone.socket.disconnect());
    const text = 'Diaspora bonds could pay for schools back home';
    const { contribution } = await ok(phone.socket, 'contribution:add', { questionId: room.questionId, text, quotable: false, opId: opId() });
    await ok(room.facilitator, 'curation:apply', { event: { type: 'contribution.moved', contributionId: contribution.id, themeId: 'common-labour' } });
    const taught = (await (await fetch(url, { headers: { authorization: `Bearer ${room.round.facilitatorKey}` } })).json()) as Codebook;
    expect(taught.themes.find((t) => t.id === 'common-labour')!.learned).toEqual([{ text }]);
    // The whole exported codebook fits the facilitator's import message.
    await ok(room.facilitator, 'curation:apply', { event: { type: 'codebook.replaced', codebook: taught } });

    const renamed = codebook.themes[0];
    await ok(room.facilitator, 'curation:apply', { event: { type: 'theme.renamed', themeId: renamed.id, label: 'Renamed for this round' } });
    const after = (await (await fetch(url, { headers: { authorization: `Bearer ${room.round.facilitatorKey}` } })).json()) as typeof codebook;
    expect(after.themes.find((t) => t.id === renamed.id)!.label).toBe('Renamed for this round');

    const smaller = { ...after, themes: after.themes.slice(0, 5) };
    await ok(room.facilitator, 'curation:apply', { event: { type: 'codebook.replaced', codebook: smaller } });
    const imported = (await (await fetch(url, { headers: { authorization: `Bearer ${room.round.facilitatorKey}` } })).json()) as typeof codebook;
    expect(imported.themes.map((t) => t.id)).toEqual(smaller.themes.map((t) => t.id));

    const broken = await send(room.facilitator, 'curation:apply', { event: { type: 'codebook.replaced', codebook: { themes: [smaller.themes[0], smaller.themes[0]] } } });
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
