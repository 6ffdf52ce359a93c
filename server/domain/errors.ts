import type { ErrorCode, ProtocolError } from '../../shared/protocol/result.js';

/** A command refused by the domain: nothing was appended. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }

  toProtocol(): ProtocolError {
    return { code: this.code, message: this.message };
  }
}

export function refuse(code: ErrorCode, message: string): never {
  throw new DomainError(code, message);
}
