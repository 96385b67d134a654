import { afterEach } from 'vitest';

/**
 * Wraps a starter of test servers (SMTP sink, HTTP gateway…) so that every server it starts in
 * a test is closed after that test.
 */
export function closedAfterEach<A extends unknown[], T extends { close(): Promise<void> }>(start: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const open: T[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return async (...args: A) => {
    const server = await start(...args);
    open.push(server);
    return server;
  };
}
