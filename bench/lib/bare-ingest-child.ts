import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveUntilStopped } from './child.ts';

// The ingestion HTTP floor: node:http reading and parsing the same JSON bodies, then 200.
// No auth, no validation, no database.
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { batch?: unknown[] };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ success: Array.isArray(body.batch) }));
  });
});
server.listen(0, '127.0.0.1', () => {
  serveUntilStopped(
    (server.address() as AddressInfo).port,
    () => new Promise<void>((r) => server.close(() => r())),
  );
});
