/**
 * A Server-Sent Events client for tests (what a browser's EventSource does, readable from a
 * test): connects with a session cookie, parses `event:`/`data:` blocks, and waits for the next
 * event that matches. `ended` resolves when the server closes the stream.
 */
export interface StreamEvent {
  event: string;
  data: unknown;
}

export interface TestEventStream {
  status: number;
  /** The next event (of any kind) that satisfies `matches`, skipping the others. */
  next(matches?: (event: StreamEvent) => boolean): Promise<StreamEvent>;
  /** Every event received so far. */
  received: StreamEvent[];
  ended: Promise<void>;
  close(): void;
}

export async function openTestStream(url: string, cookie: string): Promise<TestEventStream> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  const received: StreamEvent[] = [];
  const waiters: Array<{ matches: (event: StreamEvent) => boolean; resolve: (event: StreamEvent) => void; reject: (error: Error) => void; from: number }> = [];
  let cursor = 0;
  let finished = false;
  const settle = () => {
    for (const waiter of [...waiters]) {
      const index = received.findIndex((event, i) => i >= waiter.from && waiter.matches(event));
      if (index >= 0) {
        waiters.splice(waiters.indexOf(waiter), 1);
        cursor = Math.max(cursor, index + 1);
        waiter.resolve(received[index]!);
      } else if (finished) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.reject(new Error(`the stream ended before a matching event; received: ${JSON.stringify(received)}`));
      }
    }
  };
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
          const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
          if (event) received.push({ event, data: JSON.parse(data) as unknown });
        }
        settle();
      }
    } catch {
      // aborted by close()
    } finally {
      finished = true;
      settle();
    }
  })();
  return {
    status: response.status,
    received,
    next: (matches = () => true) =>
      new Promise<StreamEvent>((resolve, reject) => {
        waiters.push({ matches, resolve, reject, from: cursor });
        settle();
      }),
    ended,
    close: () => controller.abort(),
  };
}
