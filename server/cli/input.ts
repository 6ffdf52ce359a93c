/**
 * The command line's JSON input: a file of contributions (and optional votes), validated by
 * `cliInputSchema` and turned into the engine's `SynthesisInput` by `fromCliInput`.
 */
import { z } from 'zod';
import annex from '../../shared/data/annex-ii.json' with { type: 'json' };
import { newCounts } from '../../shared/counts.js';
import { InputError, lineOfJsonValue } from '../synthesis/errors.js';
import type { ContributionInput, SessionInput, SynthesisInput } from '../synthesis/input.js';

const id = z.union([z.string().trim().min(1).max(200), z.number().int().nonnegative()]).transform(String);
const text = z.string().max(20_000);

/**
 * Tag id -> count. Not z.record, whose plain-object output drops a key "__proto__" (a tag id people
 * may choose): the entries are checked one by one and kept in an object without a prototype.
 */
const tagCountsSchema = z.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'expected an object of tag counts').transform((value, ctx) => {
  const counts = newCounts();
  for (const [tag, count] of Object.entries(value)) {
    if (tag.length > 40) ctx.addIssue({ code: 'custom', path: [tag], message: 'a tag id has at most 40 characters' });
    else if (!Number.isInteger(count) || (count as number) < 0) ctx.addIssue({ code: 'custom', path: [tag], message: 'a tag count is a whole number, 0 or more' });
    else counts[tag] = count as number;
  }
  return counts;
});

const cliContribution = z.looseObject({
  id,
  text,
  question: z.string().max(2000).optional(),
  session: z.union([z.string().max(200), z.number()]).transform(String).optional(),
  place: z.string().max(200).optional(),
  category: z.string().max(200).optional(),
  quotable: z.string().max(300).nullable().optional(),
  tags: tagCountsSchema.optional(),
  starred: z.boolean().optional(),
  promoted: z.boolean().optional(),
});

const cliVote = z.strictObject({
  participant: id,
  contribution: id,
  vote: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
  /** The session the vote was cast in, where a statement was voted on again in a later session. */
  session: z.union([z.string().max(200), z.number()]).transform(String).optional(),
});

const cliArraySchema = z.array(cliContribution);
/** Optional: what the document says of each session the contributions name. */
const cliSession = z.strictObject({
  id: z.union([z.string().trim().min(1).max(200), z.number()]).transform(String),
  title: z.string().max(300).optional(),
  place: z.string().max(200).optional(),
  date: z.string().max(40).optional(),
  format: z.string().max(40).optional(),
});

const cliObjectSchema = z.looseObject({
  title: z.string().max(300).optional(),
  sessions: z.array(cliSession).optional(),
  contributions: z.array(cliContribution),
  votes: z.array(cliVote).optional(),
});

const cliInputSchema = z.union([cliArraySchema, cliObjectSchema]);

export type CliInput = z.infer<typeof cliInputSchema>;

/** Validate a parsed CLI JSON file; errors name the file, the record and, where it can be found, the line. */
export function parseCliInput(value: unknown, file: string, raw?: string): SynthesisInput {
  // Parse against the one shape the file is trying to be, so the error points inside it.
  const parsed = Array.isArray(value) ? cliArraySchema.safeParse(value) : cliObjectSchema.safeParse(value);
  if (!parsed.success) {
    const issue = [...parsed.error.issues].sort((a, b) => b.path.length - a.path.length)[0];
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    let line: number | undefined;
    const arr = Array.isArray(value) ? value : (value as { contributions?: unknown[] } | null)?.contributions;
    const at = issue.path.find((p) => typeof p === 'number');
    const inVotes = issue.path[0] === 'votes';
    const list = inVotes ? (value as { votes?: unknown[] }).votes : arr;
    if (raw && Array.isArray(list) && typeof at === 'number') {
      const rec = list[at] as Record<string, unknown> | undefined;
      const key = inVotes ? 'participant' : 'id';
      const same = list.slice(0, at).filter((r) => (r as Record<string, unknown> | null)?.[key] === rec?.[key]).length;
      if (rec && (typeof rec[key] === 'string' || typeof rec[key] === 'number')) line = lineOfJsonValue(raw, key, rec[key] as string | number, same);
    }
    throw new InputError(file, `invalid input at ${path || 'top level'}: ${issue.message}`, line);
  }
  const input = fromCliInput(parsed.data);
  if (input.contributions.length === 0) throw new InputError(file, 'no contributions in the input');
  const ids = new Set<string>();
  for (const c of input.contributions) {
    if (ids.has(c.id)) throw new InputError(file, `contribution id "${c.id}" appears twice`, raw ? (lineOfJsonValue(raw, 'id', c.id, 1) ?? lineOfJsonValue(raw, 'id', Number(c.id), 1)) : undefined);
    ids.add(c.id);
  }
  return input;
}

/** An Annex II question keeps its group's heading, as in a live session seeded with the annex. */
const ANNEX_GROUP = new Map(annex.groups.flatMap((g) => g.questions.map((q): [string, string] => [q, g.heading])));

/**
 * Sessions and questions are named by the contributions; sessions keep the order they first appear
 * in, after those the file describes (in its order).
 */
function fromCliInput(data: CliInput): SynthesisInput {
  const list = Array.isArray(data) ? data : data.contributions;
  const votes = Array.isArray(data) ? [] : (data.votes ?? []);
  const sessions: SessionInput[] = Array.isArray(data) ? [] : (data.sessions ?? []).map((s) => ({ ...s, title: s.title ?? s.id }));
  const sessionIds = new Set<string>(sessions.map((s) => s.id));
  const questions: { id: string; text: string; group?: string }[] = [];
  const questionIds = new Map<string, string>();
  const contributions: ContributionInput[] = list.map((c) => {
    const sessionId = c.session ?? undefined;
    if (sessionId !== undefined && !sessionIds.has(sessionId)) {
      sessionIds.add(sessionId);
      sessions.push({ id: sessionId, title: sessionId });
    }
    let questionId: string | undefined;
    if (c.question !== undefined && c.question !== '') {
      questionId = questionIds.get(c.question);
      if (!questionId) {
        questionId = `q${questionIds.size + 1}`;
        questionIds.set(c.question, questionId);
        questions.push({ id: questionId, text: c.question, ...(ANNEX_GROUP.has(c.question) ? { group: ANNEX_GROUP.get(c.question) } : {}) });
      }
    }
    return {
      id: c.id,
      text: c.text,
      sessionId,
      questionId,
      place: c.place,
      category: c.category,
      quotable: c.quotable ?? null,
      tags: c.tags,
      starred: c.starred,
      promoted: c.promoted,
    };
  });
  return {
    title: Array.isArray(data) ? undefined : data.title,
    sessions,
    questions,
    contributions,
    votes: votes.map((v) => ({ participant: v.participant, contribution: v.contribution, vote: v.vote, ...(v.session === undefined ? {} : { sessionId: v.session }) })),
  };
}
