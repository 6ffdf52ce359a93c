/**
 * A fixed round of three sessions in three places, the way a facilitator would run one: Annex II
 * questions (one opened, one never opened), ten voters a session, quotable contributions with
 * their Chatham labels, a view voiced only in Washington (three contributions), a statement put
 * again in later sessions whose support grew, and one that divided the room.
 */
import annex from '../../shared/data/annex-ii.json' with { type: 'json' };
import type { DocumentSource } from '../../server/documents/source.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { ContributionInput, SynthesisInput } from '../../server/synthesis/input.js';
import type { Vote } from '../../server/synthesis/votes.js';

const SESSIONS = [
  { id: 's-brussels', title: 'Brussels roundtable', place: 'Brussels', date: '2026-10-02', format: 'roundtable' },
  { id: 's-nairobi', title: 'Nairobi working lunch', place: 'Nairobi', date: '2026-10-09', format: 'working-meal' },
  { id: 's-washington', title: 'Washington roundtable', place: 'Washington', date: '2026-10-16', format: 'roundtable' },
];

const [termGroup, piecesGroup, gapsGroup] = annex.groups;
const QUESTIONS = SESSIONS.flatMap((s, i) => [
  { id: `${s.id}-q1`, text: termGroup.questions[0], group: termGroup.heading, sessionId: s.id, opened: true },
  // Opened in Brussels alone, with nothing posted under it: still a question put.
  { id: `${s.id}-q2`, text: piecesGroup.questions[0], group: piecesGroup.heading, sessionId: s.id, opened: i === 0 },
  // Seeded but never opened: not a question put.
  { id: `${s.id}-q3`, text: gapsGroup.questions[0], group: gapsGroup.heading, sessionId: s.id, opened: false },
]);

type Seed = Omit<ContributionInput, 'sessionId' | 'questionId' | 'place'> & { session: 0 | 1 | 2 };

const SEEDS: Seed[] = [
  { id: 'c01', session: 0, text: 'Refugee protection under the 1951 Convention is common ground for every government here.', quotable: 'Brussels roundtable participant, civil society', category: 'civil-society' },
  { id: 'c02', session: 1, text: 'Asylum and refugee protection remain shared ground, even where politics is hard.' },
  { id: 'c03', session: 2, text: 'Protecting refugees and asylum seekers is where States already cooperate.', tags: { 'common-ground': 3 } },
  { id: 'c04', session: 0, text: 'Labour migration schemes need employers, unions and recruiters at the table.' },
  { id: 'c05', session: 1, text: 'Circular labour migration and fair recruitment are common ground for sending and receiving States.', quotable: 'Nairobi working lunch participant, government sector', category: 'government' },
  { id: 'c06', session: 2, text: 'Labour mobility agreements with fair recruitment work best when employers help design them.' },
  { id: 'c07', session: 2, text: 'Parliamentarians can hold governments to their migration commitments.', quotable: 'Washington roundtable participant, Parliamentarian', category: 'parliamentarian' },
  { id: 'c08', session: 2, text: 'Members of parliament should meet across regions on migration.' },
  { id: 'c17', session: 2, text: 'Legislators and parliamentarians need a standing group of their own on migration.' },
  { id: 'c09', session: 0, text: 'The Global Forum on Migration and Development must move from talking to acting.' },
  { id: 'c10', session: 1, text: 'The GFMD has value, but the Global Forum needs outcomes, not only dialogue.' },
  { id: 'c11', session: 2, text: 'The Global Forum should report its outcomes to the UN.' },
  { id: 'c12', session: 0, text: 'Enforcement and border control should come before any new global framework.', tags: { impediment: 2 } },
  { id: 'c13', session: 1, text: 'Who would a universal response to migration actually govern, and how?', tags: { question: 3 } },
  { id: 'c15', session: 1, text: 'Border enforcement cooperation is the only common ground governments really share.' },
  { id: 'c16', session: 0, text: 'Governments are retreating from binding commitments on migration.' },
  { id: 'c14', session: 2, text: 'Is a binding framework realistic when governments retreat from binding commitments?', promoted: true },
];

const ps = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const VOTERS = [ps('b', 10), ps('n', 10), ps('w', 10)];

function votes(contribution: string, agree: readonly string[], disagree: readonly string[] = [], pass: readonly string[] = []): Vote[] {
  return [
    ...agree.map((participant): Vote => ({ participant, contribution, vote: 1 })),
    ...disagree.map((participant): Vote => ({ participant, contribution, vote: -1 })),
    ...pass.map((participant): Vote => ({ participant, contribution, vote: 0 })),
  ];
}

/** Each session's ten voters vote on their own session's contributions. */
function sessionVotes(): Vote[] {
  const [b, n, w] = VOTERS;
  return [
    // Refugee protection: almost everyone, everywhere.
    ...votes('c01', b.slice(0, 9), [], b.slice(9)),
    ...votes('c02', n.slice(0, 9), n.slice(9)),
    ...votes('c03', w),
    // Labour migration: c04, put again in Nairobi and Washington, gains support: 40 % -> 60 % -> 90 %.
    ...votes('c04', b.slice(0, 4), b.slice(4, 8), b.slice(8)),
    ...votes('c04', n.slice(0, 6), n.slice(6, 9), n.slice(9)).map((v) => ({ ...v, sessionId: 's-nairobi' })),
    ...votes('c04', w.slice(0, 9), [], w.slice(9)).map((v) => ({ ...v, sessionId: 's-washington' })),
    ...votes('c05', n.slice(0, 6), n.slice(6, 9), n.slice(9)),
    ...votes('c06', w.slice(0, 9), w.slice(9)),
    // Parliamentarians: voiced only in Washington.
    ...votes('c07', w.slice(0, 7), w.slice(7, 8), w.slice(8)),
    ...votes('c08', w.slice(0, 6), [], w.slice(6, 8)),
    ...votes('c17', w.slice(0, 5), w.slice(5, 6), w.slice(6, 8)),
    // The Global Forum: a clear majority.
    ...votes('c09', b.slice(0, 7), b.slice(7, 9)),
    ...votes('c10', n.slice(0, 7), n.slice(7, 8)),
    ...votes('c11', w.slice(0, 8), w.slice(8)),
    // Enforcement first: the room splits.
    ...votes('c12', b.slice(0, 5), b.slice(5)),
    ...votes('c13', n.slice(0, 5), [], n.slice(5, 8)),
    ...votes('c14', w.slice(0, 6), w.slice(6, 8)),
    ...votes('c15', n.slice(0, 4), n.slice(4, 9)),
    ...votes('c16', b.slice(0, 6), b.slice(6, 8)),
  ];
}

export function threePlaceInput(): SynthesisInput {
  const contributions: ContributionInput[] = SEEDS.map(({ session, ...c }) => ({
    ...c,
    sessionId: SESSIONS[session].id,
    questionId: QUESTIONS[session * 3].id,
    place: SESSIONS[session].place,
    quotable: c.quotable ?? null,
  }));
  return { title: 'Conversations on the governance of migration, autumn round', sessions: SESSIONS, questions: QUESTIONS, contributions, votes: sessionVotes() };
}

export function threePlaceRound(input: SynthesisInput = threePlaceInput()): DocumentSource {
  return {
    synthesis: synthesize(input),
    input,
    participation: { participants: 34, categories: { ambassador: 9, government: 8, 'civil-society': 7, business: 4 }, remainder: 6 },
    scope: 'round',
  };
}
