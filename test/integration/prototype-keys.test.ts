/**
 * Ids people choose that are also names on every JavaScript object's prototype: as convergence tag
 * ids through the live views and every export format, and as theme ids through curation. A plain
 * object keyed by them lost "__proto__" and found a "constructor" that was never set.
 */
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/exports.js';
import type { CurationEventInput } from '../../shared/protocol/curation.js';
import type { Synthesis } from '../../shared/synthesis.js';
import type { FacilitatorContributionView, ParticipantContributionView, ParticipantSnapshot } from '../../shared/views.js';
import { closePdfRenderer } from '../../server/documents/pdf.js';
import { pdfText } from '../support/pdf-text.js';
import { ok, opId, participant, send, removeDir, roomWithOpenQuestion, startTestNode, waitFor, type Client, type TestNode } from './harness.js';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;
/** How many phones tag the first contribution with each name (a Map: `{ __proto__: 2 }` would set a prototype). */
const TAGGED = new Map<string, number>([
  ['constructor', 1],
  ['__proto__', 2],
  ['toString', 3],
  ['hasOwnProperty', 4],
]);

let node: TestNode;
let room: Awaited<ReturnType<typeof roomWithOpenQuestion>>;
let phones: Client[];
let contributionIds: string[];
const TEXTS = [
  'Diaspora housing is a gap that nobody in government owns.',
  'Remittance costs must come down for families sending money home.',
  'Student visas should be cheaper and faster to obtain.',
  'Diaspora organisations should help newcomers find housing.',
];
const auth = () => ({ headers: { authorization: `Bearer ${room.round.facilitatorKey}` } });
const exportUrl = (format: string) => `${node.url}/api/rounds/${room.round.roundId}/exports/${format}`;

beforeAll(async () => {
  node = await startTestNode(undefined, {}, { limits: { commandsPerSocket: 1e6, commandsPerAddress: 1e6 } });
  room = await roomWithOpenQuestion(node, 'Marrakesh');
  await ok(room.facilitator, 'tags:set', { tags: NAMES.map((id) => ({ id, label: `Label ${id}` })) });
  await ok(room.facilitator, 'session:settings', { sessionId: room.sessionId, settings: { tallies: 'always' } });
  phones = [];
  for (let n = 1; n <= 4; n++) phones.push((await participant(node, room.joinCode, n)).socket);
  contributionIds = [];
  for (const [i, text] of TEXTS.entries()) contributionIds.push((await ok(phones[i], 'contribution:add', { questionId: room.questionId, text, quotable: false, opId: opId() })).contribution.id);
  for (const name of NAMES) {
    for (let n = 0; n < TAGGED.get(name)!; n++) await ok(phones[n], 'tag:set', { contributionId: contributionIds[0], tag: name, on: true, opId: opId() });
  }
  for (const phone of phones) for (const id of contributionIds) await ok(phone, 'vote:cast', { contributionId: id, vote: 'agree', opId: opId() });
}, 60_000);

afterAll(async () => {
  for (const socket of [room.facilitator, ...phones]) socket.disconnect();
  await closePdfRenderer();
  await node.close();
  removeDir(node.dataDir);
});

/** The tag counts as the client received them (JSON), checked key by key as own properties. */
function expectTagCounts(tags: Record<string, number> | undefined) {
  expect(tags).toBeDefined();
  for (const name of NAMES) {
    expect(Object.hasOwn(tags!, name), `own count for ${name}`).toBe(true);
    expect(tags![name], name).toBe(TAGGED.get(name)!);
  }
}

describe('tag ids named like prototype properties', () => {
  it('are counted in the live views of the facilitator and the phones', async () => {
    const { snapshot } = await ok(room.facilitator, 'session:watch', { sessionId: room.sessionId });
    expectTagCounts((snapshot.contributions as FacilitatorContributionView[]).find((c) => c.id === contributionIds[0])!.tags);
    const untagged = (snapshot.contributions as FacilitatorContributionView[]).find((c) => c.id === contributionIds[1])!;
    expect(untagged.tags).toEqual({});

    const phone = await ok(phones[0], 'session:sync', { sessionId: room.sessionId });
    const seen = (phone.snapshot as ParticipantSnapshot).contributions.find((c: ParticipantContributionView) => c.id === contributionIds[0])!;
    expectTagCounts(seen.tags);
    expect(seen.myTags).toEqual([...NAMES].sort());

    const update = await waitFor(() =>
      [...room.facilitator.received].reverse().find((r) => r.event === 'tallies:updated' && (r.payload as { tallies: { id: string }[] }).tallies.some((t) => t.id === contributionIds[0])),
    );
    expectTagCounts((update.payload as { tallies: { id: string; tags: Record<string, number> }[] }).tallies.find((t) => t.id === contributionIds[0])!.tags);
  });

  it('come out of every export format, with their counts', { timeout: 60_000 }, async () => {
    for (const format of EXPORT_FORMATS) {
      const res = await fetch(exportUrl(format.id), auth());
      expect(res.status, format.id).toBe(200);
    }
    const [header, ...rows] = parse(await (await fetch(exportUrl('csv'), auth())).text(), { bom: true }) as string[][];
    const column = (name: string) => header.indexOf(`tag: ${name}`);
    const row = rows.find((r) => r.includes(TEXTS[0]))!;
    for (const name of NAMES) expect(row[column(name)], name).toBe(String(TAGGED.get(name)!));
    const other = rows.find((r) => r.includes(TEXTS[1]))!;
    for (const name of NAMES) expect(other[column(name)], name).toBe('0');

    const json = (await (await fetch(exportUrl('json'), auth())).json()) as Synthesis;
    expectTagCounts(json.contributions.find((c) => c.text.includes('nobody in government owns'))!.tags);

    const zip = await JSZip.loadAsync(Buffer.from(await (await fetch(exportUrl('polis'), auth())).arrayBuffer()));
    expect(await zip.file('comments.csv')!.async('string')).toContain('nobody in government owns');
    const pdf = await pdfText(Buffer.from(await (await fetch(exportUrl('pdf'), auth())).arrayBuffer()));
    expect(pdf.text.join(' ')).toContain('Diaspora housing');
  });
});

/** Theme ids start with a letter or digit, so "__proto__" cannot be one (tested below); "valueOf" stands in. */
const THEMES = ['constructor', 'valueOf', 'toString', 'hasOwnProperty'] as const;

describe('theme ids named like prototype properties', () => {
  it('hold contributions, findings and merges through curation, in the live synthesis and the exports', { timeout: 60_000 }, async () => {
    const curate = (event: CurationEventInput) => ok(room.facilitator, 'curation:apply', { event });
    const refused = await send(room.facilitator, 'curation:apply', { event: { type: 'theme.added', theme: { id: '__proto__', label: 'Prototype' } } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: 'event.theme.id: letters, digits and . _ : + - only' } });
    for (const [i, id] of THEMES.entries()) {
      await curate({ type: 'theme.added', theme: { id, label: `Theme ${id}`, heading: 'Curated', cues: ['diaspora'] } });
      await curate({ type: 'contribution.moved', contributionId: contributionIds[i], themeId: id });
      await curate({ type: 'finding.edited', themeId: id, text: `The facilitator's finding on ${id}.` });
    }
    // Merge "constructor" and "valueOf" into "toString": their contributions follow, their wording goes.
    await curate({ type: 'themes.merged', into: 'toString', from: ['constructor', 'valueOf'] });

    const expected = (synthesis: Synthesis) => {
      const themeOf = (text: string) => synthesis.contributions.find((c) => c.text === text)?.themeIds[0];
      expect(TEXTS.map(themeOf)).toEqual(['toString', 'toString', 'toString', 'hasOwnProperty']);
      const wording = new Map(synthesis.findings.map((f) => [f.themeId, f]));
      expect(wording.get('toString')).toMatchObject({ text: "The facilitator's finding on toString.", edited: true });
      expect(wording.get('hasOwnProperty')).toMatchObject({ text: "The facilitator's finding on hasOwnProperty.", edited: true });
      expect(wording.has('constructor')).toBe(false);
      expect(wording.has('valueOf')).toBe(false);
      expect(synthesis.themes.filter((t) => (THEMES as readonly string[]).includes(t.id)).map((t) => t.id).sort()).toEqual(['hasOwnProperty', 'toString']);
    };
    const live = await waitFor(() => {
      const s = ([...room.facilitator.received].reverse().find((r) => r.event === 'synthesis:updated')?.payload as { synthesis: Synthesis } | undefined)?.synthesis;
      return s && s.themes.some((t) => t.id === 'toString' && t.contributions.length === 3) ? s : undefined;
    }, 10_000);
    expected(live);

    expected((await (await fetch(exportUrl('json'), auth())).json()) as Synthesis);
    const markdown = await (await fetch(exportUrl('md'), auth())).text();
    expect(markdown).toContain("The facilitator's finding on toString.");
    expect(markdown).toContain("The facilitator's finding on hasOwnProperty.");
    expect(markdown).not.toContain("The facilitator's finding on constructor.");
  });
});
