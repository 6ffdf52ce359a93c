/**
 * A phone that knows several node addresses, as a load balancer would: when its node goes away it
 * joins the next one and sends again, with the same operation id, whatever it has not seen
 * acknowledged. That is what the browser's outbox does after a reconnect.
 */
import { io as connect, type Socket } from 'socket.io-client';
import type { Ack } from '../../shared/protocol/result.js';
import type { ClientToServerEvents, CommandResults, ServerToClientEvents } from '../../shared/protocol/events.js';
import { opId, token } from './harness.js';

type PhoneSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class RoamingPhone {
  /** opId → id of the contribution the server acknowledged. */
  readonly acked = new Map<string, string>();
  private socket: PhoneSocket | null = null;
  private joining: Promise<void>;
  private closed = false;
  private next: number;

  constructor(
    private readonly urls: string[],
    first: number,
    private readonly joinCode: string,
    private readonly n: number,
  ) {
    this.next = first;
    this.joining = this.join();
  }

  ready(): Promise<void> {
    return this.joining;
  }

  async post(questionId: string, text: string): Promise<string> {
    const payload = { questionId, text, quotable: false, opId: opId() };
    for (;;) {
      await this.joining;
      const socket = this.socket;
      if (this.closed) throw new Error('phone closed');
      if (!socket) continue;
      let ack: Ack<CommandResults['contribution:add']>;
      try {
        ack = await socket.timeout(3000).emitWithAck('contribution:add', payload);
      } catch {
        await sleep(50); // No answer: the node may be gone. Try again, on the next node if so.
        continue;
      }
      if (ack.ok) {
        this.acked.set(payload.opId, ack.contribution.id);
        return ack.contribution.id;
      }
      if (ack.error.code !== 'rate-limited' && ack.error.code !== 'unavailable') throw new Error(`post refused: ${ack.error.code}`);
      await sleep(ack.error.retryAfterMs ?? 100);
    }
  }

  close(): void {
    this.closed = true;
    this.socket?.disconnect();
  }

  private async join(): Promise<void> {
    while (!this.closed) {
      const url = this.urls[this.next % this.urls.length];
      const socket = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 2000 }) as PhoneSocket;
      try {
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('connect_error', reject);
        });
        const ack = await socket.timeout(3000).emitWithAck('participant:join', { joinCode: this.joinCode, token: token(this.n) });
        if (!ack.ok) throw new Error(ack.error.code);
        socket.once('disconnect', (reason) => {
          this.socket = null;
          if (reason === 'io client disconnect' || this.closed) return;
          this.next++;
          this.joining = this.join();
        });
        this.socket = socket;
        return;
      } catch {
        socket.close();
        this.next++;
        await sleep(100);
      }
    }
  }
}
