export type * from './vocabulary.js';
export type { Ack, AckCallback, ErrorCode, ProtocolError } from './result.js';
