import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../../server/nodeFlags.mjs';
import type { DatabaseTarget } from '../../server/src/platform/db/connect.ts';
import type { Child } from './child.ts';
import { benchEnv } from './product.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SERVER_DIR = path.join(HERE, '..', '..', 'server');

/** Builds the server bundle `npm start` runs, so the bench measures the code as it is now. */
export function buildServer() {
  execFileSync(process.execPath, [path.join(SERVER_DIR, 'build.mjs')], { stdio: 'inherit' });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export type ServerSpec = { target: DatabaseTarget; dataDir: string; logLevel: string };

/**
 * The real server as `npm start` runs it: the built bundle with the same V8 flags, `serve`
 * with the web role on the bench database, in its own process (autocannon never shares its
 * event loop). Stopped with SIGTERM, as an operator would.
 */
export async function startProductServer(spec: ServerSpec): Promise<Child> {
  const port = await freePort();
  // BENCH_PROFILE=1: the server writes a CPU profile (open it in Chrome's DevTools) on exit.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${path.join(HERE, '..', 'results', 'profiles')}`]
    : [];
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    [...serverNodeFlags(process.env), ...profile, path.join(SERVER_DIR, 'dist', 'main.mjs'), 'serve'],
    {
      env: { ...inherited, ...benchEnv(spec.target, spec.dataDir, spec.logLevel, port) },
      // The product logs one line per request to stdout: written, as in production, then dropped.
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('the server did not answer /healthz within 60 s');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { port, pid: child.pid ?? 0, stop };
}
