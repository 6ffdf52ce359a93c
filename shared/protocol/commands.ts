import { z } from 'zod';
import { LANGUAGES } from '../languages.js';
import { withMeanings } from '../tags.js';
import { curationEventSchema } from './curation.js';
import { LIMITS } from './limits.js';
import { humanText, idSchema, opIdSchema } from './text.js';
import type { Settings } from './vocabulary.js';
import { COUNTDOWN_KINDS, PROJECTOR_MODES, SESSION_FORMATS, TAG_MEANINGS, TALLY_VISIBILITY, VISIBILITY, VOTES } from './vocabulary.js';

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export const createRoundSchema = z.strictObject({
  title: humanText(LIMITS.title, 'The round title'),
});

export const sessionDetailsSchema = z.strictObject({
  title: humanText(LIMITS.title, 'The session title'),
  place: humanText(LIMITS.place, 'The place'),
  date: dateSchema,
  format: z.enum(SESSION_FORMATS),
  /** The session's language: its projector's and its exports'. Optional, so that clients that send none still work (English). */
  language: z.enum(LANGUAGES).optional(),
});

export const settingsSchema = z.strictObject({
  visibility: z.enum(VISIBILITY),
  tallies: z.enum(TALLY_VISIBILITY),
  talliesRevealed: z.boolean(),
});

const sessionRef = { sessionId: idSchema };
const contributionRef = { contributionId: idSchema };

export const commandSchemas = {
  'participant:join': z.strictObject({
    joinCode: z.string().max(LIMITS.joinCode),
    joinKey: z.string().max(LIMITS.joinKey).optional(),
    token: z.string().min(32).max(LIMITS.token).regex(/^[A-Za-z0-9_-]+$/),
    category: idSchema.nullable().optional(),
  }),
  'projector:watch': z.strictObject({ joinCode: z.string().max(LIMITS.joinCode), joinKey: z.string().max(LIMITS.joinKey).optional() }),
  'facilitator:auth': z.strictObject({
    roundId: idSchema,
    key: z.string().min(1).max(LIMITS.facilitatorKey),
  }),
  'session:sync': z.strictObject({ ...sessionRef }),

  'contribution:add': z.strictObject({
    questionId: idSchema,
    text: humanText(LIMITS.contributionText, 'The contribution'),
    quotable: z.boolean().default(false),
    opId: opIdSchema,
  }),
  'vote:cast': z.strictObject({
    ...contributionRef,
    vote: z.enum(VOTES).nullable(),
    opId: opIdSchema,
  }),
  'tag:set': z.strictObject({
    ...contributionRef,
    tag: idSchema,
    on: z.boolean(),
    opId: opIdSchema,
  }),
  'contribution:withdraw': z.strictObject({ ...contributionRef }),

  'session:create': sessionDetailsSchema,
  'session:update': z.strictObject({ ...sessionRef, details: sessionDetailsSchema.partial() }),
  'session:settings': z.strictObject({ ...sessionRef, settings: settingsSchema.partial() }),
  /** `votes`: whether votes and tags go on while contributions are locked. */
  'session:lock': z.strictObject({ ...sessionRef, locked: z.boolean(), votes: z.boolean().default(true) }),
  'session:end': z.strictObject({ ...sessionRef }),
  'session:watch': z.strictObject({ ...sessionRef }),
  'question:add': z.strictObject({
    ...sessionRef,
    text: humanText(LIMITS.questionText, 'The question'),
  }),
  'question:edit': z.strictObject({
    ...sessionRef,
    questionId: idSchema,
    text: humanText(LIMITS.questionText, 'The question'),
  }),
  'question:include': z.strictObject({ ...sessionRef, questionId: idSchema, included: z.boolean() }),
  'questions:reorder': z.strictObject({
    ...sessionRef,
    order: z.array(idSchema).min(1).max(LIMITS.questionsPerSession),
  }),
  'question:open': z.strictObject({ ...sessionRef, questionId: idSchema }),
  'question:close': z.strictObject({ ...sessionRef, questionId: idSchema }),
  'countdown:set': z.strictObject({
    ...sessionRef,
    kind: z.enum(COUNTDOWN_KINDS),
    seconds: z.number().int().min(1, 'a countdown must last at least one second').max(LIMITS.countdownSeconds),
  }),
  'countdown:clear': z.strictObject({ ...sessionRef }),
  'projector:show': z.strictObject({ ...sessionRef, mode: z.enum(PROJECTOR_MODES) }),
  'discussion:add': z.strictObject({
    ...sessionRef,
    questionId: idSchema,
    text: humanText(LIMITS.contributionText, 'The point'),
  }),
  'contribution:hide': z.strictObject({ ...contributionRef, reason: humanText(LIMITS.reason, 'The reason') }),
  'contribution:unhide': z.strictObject({ ...contributionRef }),
  'contributions:merge': z.strictObject({
    into: idSchema,
    from: z.array(idSchema).min(1).max(LIMITS.mergeSources),
  }),
  'contribution:unmerge': z.strictObject({ ...contributionRef }),
  'contribution:star': z.strictObject({ ...contributionRef, starred: z.boolean() }),
  'contribution:promote': z.strictObject({ ...contributionRef, promoted: z.boolean() }),
  'tags:set': z.strictObject({
    tags: z
      .array(
        z.strictObject({
          id: idSchema,
          label: humanText(80, 'A tag label'),
          hint: humanText(200, 'A tag hint').optional(),
          // Optional, so that clients that send none still work: the default tag of the same id lends its meaning.
          meaning: z.enum(TAG_MEANINGS).optional(),
        }),
      )
      .min(1)
      .max(12)
      .transform((tags) => withMeanings(tags))
      .refine((tags) => ['common-ground', 'question'].every((m) => tags.filter((t) => t.meaning === m).length <= 1), 'At most one tag may mean common ground, and at most one a question for reflection'),
  }),
  'curation:apply': z.strictObject({ event: curationEventSchema }),
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandInput<N extends CommandName> = z.input<(typeof commandSchemas)[N]>;
export type Command<N extends CommandName> = z.output<(typeof commandSchemas)[N]>;
export type SessionDetails = z.infer<typeof sessionDetailsSchema>;

// The plain Settings type (browser side) and the schema must describe the same object.
type SchemaSettings = z.infer<typeof settingsSchema>;
export const settingsSchemaMatchesType: Settings extends SchemaSettings
  ? SchemaSettings extends Settings
    ? true
    : never
  : never = true;
