import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { childSpec, serveUntilStopped } from './child.ts';

export type BareSpec = { path: string; bodyFile: string };

// The HTTP floor: Fastify answering a canned page, with no auth, validation, database or logging.
const spec = childSpec<BareSpec>();
const body = readFileSync(spec.bodyFile, 'utf8');
const app = Fastify({ logger: false });
app.get(spec.path, async (_req, reply) => reply.type('application/json; charset=utf-8').send(body));
await app.listen({ host: '127.0.0.1', port: 0 });
serveUntilStopped((app.server.address() as AddressInfo).port, () => app.close());
