/**
 * A real HTTP server (node:http) on a free loopback port standing in for an SMS gateway or the
 * Zalo API: it records every request (method, path, headers, JSON body) and answers what the
 * test says, or never answers (`'hang'`) to test time limits.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatewayRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: unknown;
}

export type GatewayAnswer = { status: number; json?: unknown; text?: string } | 'hang';

export interface HttpGateway {
  /** Base address, e.g. http://127.0.0.1:41234 */
  url: string;
  requests: GatewayRequest[];
  /** Changes the answer of the next requests. */
  answer(respond: (request: GatewayRequest) => GatewayAnswer): void;
  close(): Promise<void>;
}

export async function startHttpGateway(respond: (request: GatewayRequest) => GatewayAnswer = () => ({ status: 200, json: {} })): Promise<HttpGateway> {
  const requests: GatewayRequest[] = [];
  let responder = respond;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const request: GatewayRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json };
      requests.push(request);
      const answer = responder(request);
      if (answer === 'hang') return;
      res.statusCode = answer.status;
      if (answer.json !== undefined) {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(answer.json));
      } else res.end(answer.text ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (next) => {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (opened, then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
