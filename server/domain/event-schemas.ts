/**
 * The schema of each event type as today's code writes it, checked against the RoundEvent type
 * (events.ts) so the two cannot drift. Stored events are read through these (upcast.ts) before the
 * fold sees them. They check what the fold relies on (types and vocabularies), not the limits the
 * commands enforce: an event that was once accepted is never refused for a limit changed since.
 */
import { z } from 'zod';
import { curationEventSchema } from '../../shared/protocol/curation.js';
import { COUNTDOWN_KINDS, PROJECTOR_MODES, SESSION_FORMATS, TALLY_VISIBILITY, VISIBILITY, VOTES } from '../../shared/protocol/vocabulary.js';
import type { RoundEvent, RoundEventType } from './events.js';

const id = z.string().min(1);
const tagSet = z.array(z.looseObject({ id: z.string(), label: z.string(), hint: z.string().optional(), meaning: z.string().optional() }));
const question = z.looseObject({ id, text: z.string(), group: z.string().nullable(), seeded: z.boolean() });
const format = z.enum(SESSION_FORMATS);
const sessionRef = { sessionId: id };
const contributionRef = { contributionId: id };
const participantOp = { ...contributionRef, voterKey: z.string(), opKey: z.string() };

const event = <T extends RoundEventType, S extends z.ZodRawShape>(type: T, shape: S) => z.looseObject({ type: z.literal(type), ...shape });

export const currentEventSchemas = {
  'round.created': event('round.created', { roundId: id, title: z.string(), keyHash: z.string(), tagSet }),
  'session.created': event('session.created', {
    ...sessionRef,
    title: z.string(),
    place: z.string(),
    date: z.string(),
    format,
    joinCode: z.string(),
    questions: z.array(question),
  }),
  'session.updated': event('session.updated', {
    ...sessionRef,
    details: z.looseObject({ title: z.string().optional(), place: z.string().optional(), date: z.string().optional(), format: format.optional() }),
  }),
  'session.settings-changed': event('session.settings-changed', {
    ...sessionRef,
    settings: z.looseObject({ visibility: z.enum(VISIBILITY).optional(), tallies: z.enum(TALLY_VISIBILITY).optional(), talliesRevealed: z.boolean().optional() }),
  }),
  'session.locked': event('session.locked', { ...sessionRef, votes: z.boolean() }),
  'session.unlocked': event('session.unlocked', sessionRef),
  'session.ended': event('session.ended', sessionRef),
  'question.added': event('question.added', { ...sessionRef, question }),
  'question.edited': event('question.edited', { ...sessionRef, questionId: id, text: z.string() }),
  'question.included': event('question.included', { ...sessionRef, questionId: id, included: z.boolean() }),
  'questions.reordered': event('questions.reordered', { ...sessionRef, order: z.array(z.string()) }),
  'question.opened': event('question.opened', { ...sessionRef, questionId: id }),
  'question.closed': event('question.closed', { ...sessionRef, questionId: id }),
  'countdown.set': event('countdown.set', { ...sessionRef, kind: z.enum(COUNTDOWN_KINDS), seconds: z.number() }),
  'countdown.cleared': event('countdown.cleared', sessionRef),
  'projector.shown': event('projector.shown', { ...sessionRef, mode: z.enum(PROJECTOR_MODES) }),
  'contribution.added': event('contribution.added', {
    ...sessionRef,
    ...contributionRef,
    questionId: id,
    text: z.string(),
    authorTag: z.string().nullable(),
    quotable: z.looseObject({ label: z.string(), category: z.string().nullable() }).nullable(),
    opKey: z.string().nullable(),
  }),
  'vote.cast': event('vote.cast', { ...participantOp, vote: z.enum(VOTES) }),
  'vote.withdrawn': event('vote.withdrawn', participantOp),
  'tag.set': event('tag.set', { ...participantOp, tag: z.string(), on: z.boolean() }),
  'contribution.withdrawn': event('contribution.withdrawn', contributionRef),
  'contribution.hidden': event('contribution.hidden', { ...contributionRef, reason: z.string() }),
  'contribution.unhidden': event('contribution.unhidden', contributionRef),
  'contributions.merged': event('contributions.merged', { into: id, from: z.array(id) }),
  'contribution.unmerged': event('contribution.unmerged', contributionRef),
  'contribution.starred': event('contribution.starred', { ...contributionRef, starred: z.boolean() }),
  'contribution.promoted': event('contribution.promoted', { ...contributionRef, promoted: z.boolean() }),
  'tagset.changed': event('tagset.changed', { tagSet }),
  curation: event('curation', { event: curationEventSchema }),
} satisfies { [T in RoundEventType]: z.ZodType<unknown> };

type Parsed = { [T in RoundEventType]: z.infer<(typeof currentEventSchemas)[T]> }[RoundEventType];
/** Compile-time: what the schemas accept is a RoundEvent, and every RoundEvent type has a schema (above). */
export const schemasMatchEvents: Parsed extends RoundEvent ? true : never = true;

export function isEventType(type: unknown): type is RoundEventType {
  return typeof type === 'string' && Object.hasOwn(currentEventSchemas, type);
}
