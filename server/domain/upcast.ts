/**
 * The one place that reads a stored event: it checks the event against its type's schema and turns
 * the shapes older logs hold into today's, so the fold only ever sees current events.
 *
 * Shapes read, never written:
 * - `contribution.added` with `authorKey` (one key per phone per round) and a raw `opId`, from before
 *   author tags: the key is kept as `legacyAuthorKey`, for that phone to keep recognising its own;
 * - `vote.cast`, `vote.withdrawn` and `tag.set` with a raw `opId`, from before operation keys: it
 *   becomes an operation key of its own namespace (`legacyOpKey`), where a resend is still found,
 *   and marks the round as one whose voter keys span the round;
 * - `countdown.set` with an absolute `endsAt`, from before countdowns stored a duration: kept.
 * A later change of an event's shape adds its older shape and the step to today's here.
 */
import { z } from 'zod';
import type { RoundEvent, RoundEventType } from './events.js';
import { currentEventSchemas, isEventType } from './event-schemas.js';

const LEGACY_OP = 'legacy:';

/** The key under which a resend of an operation stored with its raw opId is found: apart from operation keys. */
export function legacyOpKey(opId: string): string {
  return `${LEGACY_OP}${opId}`;
}

/** Whether an operation was stored with its raw opId, by a version whose voter keys spanned the round. */
export function isLegacyOpKey(opKey: string): boolean {
  return opKey.startsWith(LEGACY_OP);
}

interface OlderShape {
  /** Whether a raw event of this type is in the older shape (cheap: checked on every event of the type). */
  marks: (raw: Record<string, unknown>) => boolean;
  read: (raw: unknown) => RoundEvent;
}

const opIdShape = { opId: z.string() };
const withoutOpId = <T extends { opId: string }>({ opId, ...rest }: T) => ({ ...rest, opKey: legacyOpKey(opId) });

/** A vote or tag with a raw opId: today's schema of its type, the opId in place of the operation key. */
const participantOpBefore = (schema: z.ZodObject<{ opKey: z.ZodString }>): OlderShape => ({
  marks: (raw) => 'opId' in raw && !('opKey' in raw),
  read: (raw) => withoutOpId(schema.omit({ opKey: true }).extend(opIdShape).parse(raw)) as RoundEvent,
});

const OLDER_SHAPES: Partial<Record<RoundEventType, OlderShape>> = {
  'contribution.added': {
    marks: (raw) => 'authorKey' in raw && !('authorTag' in raw),
    read: (raw) => {
      const schema = currentEventSchemas['contribution.added'].omit({ authorTag: true, opKey: true }).extend({ authorKey: z.string().nullable(), opId: z.string().nullable() });
      const { authorKey, opId, ...rest } = schema.parse(raw);
      return { ...rest, authorTag: null, ...(authorKey === null ? {} : { legacyAuthorKey: authorKey }), opKey: opId ? legacyOpKey(opId) : null };
    },
  },
  'vote.cast': participantOpBefore(currentEventSchemas['vote.cast']),
  'vote.withdrawn': participantOpBefore(currentEventSchemas['vote.withdrawn']),
  'tag.set': participantOpBefore(currentEventSchemas['tag.set']),
  'countdown.set': {
    marks: (raw) => 'endsAt' in raw,
    read: (raw) => currentEventSchemas['countdown.set'].extend({ endsAt: z.number() }).parse(raw),
  },
};

export class UnreadableEvent extends Error {
  constructor(detail: string) {
    super(`log holds an event that cannot be read: ${detail}`);
    this.name = 'UnreadableEvent';
  }
}

/** A stored event as today's code folds it; throws UnreadableEvent when it fits no shape its type ever had. */
export function upcast(raw: unknown): RoundEvent {
  if (typeof raw !== 'object' || raw === null) throw new UnreadableEvent('not an object');
  const record = raw as Record<string, unknown>;
  if (!isEventType(record.type)) throw new UnreadableEvent(`unknown type ${JSON.stringify(record.type)?.slice(0, 60)}`);
  try {
    const older = OLDER_SHAPES[record.type];
    if (older?.marks(record)) return older.read(raw);
    return currentEventSchemas[record.type].parse(raw) as RoundEvent;
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const issue = error.issues[0];
    throw new UnreadableEvent(`${record.type}: ${issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : 'invalid'}`);
  }
}
