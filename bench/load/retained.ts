/**
 * What a server process really holds: after a full garbage collection, its V8 heap in use plus the
 * memory its objects keep outside the heap (buffers). Read through the process's inspector, which
 * the benchmark turns on (`--inspect=127.0.0.1:0`); resident memory alone mostly shows how far V8
 * chose to grow its heap, not what the participants cost.
 */
import WebSocket from 'ws';

export async function retainedBytes(inspectorUrl: string): Promise<number> {
  const ws = new WebSocket(inspectorUrl);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let next = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<{ result?: { value?: string } }>((resolve) => {
      const id = ++next;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; result?: { result?: { value?: string } } };
        if (message.id !== id) return;
        ws.off('message', onMessage);
        resolve(message.result ?? {});
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const evaluated = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
    const usage = JSON.parse(evaluated.result?.value ?? '{}') as { heapUsed: number; external: number };
    return usage.heapUsed + usage.external;
  } finally {
    ws.close();
  }
}

/** The inspector's address, from the line Node prints when it starts listening. */
export function inspectorUrlFrom(stderrLine: string): string | null {
  return /Debugger listening on (ws:\/\/\S+)/.exec(stderrLine)?.[1] ?? null;
}
