/** Every client command is acknowledged with one of these. */
export interface ProtocolError {
  code: ErrorCode;
  message: string;
  /** With `rate-limited`: how long to wait before trying again. */
  retryAfterMs?: number;
}

export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: ProtocolError };
export type AckCallback<T = object> = (response: Ack<T>) => void;

/**
 * Why a command was refused, precise enough for a client to explain it in the reader's language and
 * say what to do (docs/protocol.md lists them). `message` is English for people reading logs or raw frames.
 */
export type ErrorCode =
  | 'invalid-payload'
  | TextProblemCode
  | 'unknown-tag'
  | 'unknown-category'
  | 'too-many-questions'
  | 'unsupported-protocol'
  | 'unknown-event'
  | 'round-not-found'
  | 'session-not-found'
  | 'question-not-found'
  | 'contribution-not-found'
  | 'wrong-join-code'
  | 'wrong-facilitator-key'
  /** A console opened with the read-only observer link tried to change something. */
  | 'read-only-link'
  | 'forbidden'
  | 'not-joined'
  | 'question-closed'
  | 'question-open'
  | 'contribution-unavailable'
  | 'not-your-contribution'
  | 'session-locked'
  | 'session-ended'
  | 'operation-reused'
  | 'conflict'
  | 'rate-limited'
  | 'unavailable'
  | 'round-damaged'
  | 'internal';

/** What is wrong with a text field: nothing visible in it, too long, or a character that may not be stored. */
export type TextProblemCode = 'text-empty' | 'text-too-long' | 'text-bad-character';
