/** Every client command is acknowledged with one of these. */
export interface ProtocolError {
  code: ErrorCode;
  message: string;
  /** With `rate-limited`: how long to wait before trying again. */
  retryAfterMs?: number;
}

export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: ProtocolError };
export type AckCallback<T = object> = (response: Ack<T>) => void;

export type ErrorCode =
  | 'invalid-payload'
  | 'unsupported-protocol'
  | 'unknown-event'
  | 'not-found'
  | 'wrong-join-code'
  | 'wrong-facilitator-key'
  /** A console opened with the read-only observer link tried to change something. */
  | 'read-only-link'
  | 'forbidden'
  | 'not-joined'
  | 'question-closed'
  | 'contribution-unavailable'
  | 'conflict'
  | 'rate-limited'
  | 'unavailable'
  | 'round-damaged'
  | 'internal';
