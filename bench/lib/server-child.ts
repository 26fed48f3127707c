import type { AddressInfo } from 'node:net';
import { createApp, createRuntime } from '../../server/src/compose.ts';
import type { DatabaseTarget } from '../../server/src/platform/db/connect.ts';
import { childSpec, serveUntilStopped } from './child.ts';
import { benchConfig } from './product.ts';

export type ServerSpec = { target: DatabaseTarget; dataDir: string; logLevel: string };

// The real server: the product's runtime and HTTP app, as `serve` builds them (web role only).
const spec = childSpec<ServerSpec>();
const runtime = await createRuntime(benchConfig(spec.target, spec.dataDir, spec.logLevel), {
  migrate: false,
  backgroundCheckpoints: true,
});
const app = await createApp(runtime, null);
await app.listen({ host: '127.0.0.1', port: 0 });
serveUntilStopped((app.server.address() as AddressInfo).port, async () => {
  await app.close();
  await runtime.close();
});
