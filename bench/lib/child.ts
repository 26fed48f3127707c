import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Child = { port: number; pid: number; stop: () => Promise<void> };

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * A floor server in its own process, so autocannon (in this process) and it never share an
 * event loop. The child sends { port } once it listens, and exits on 'stop'. (The product
 * itself runs as `npm start` runs it: lib/server.ts.)
 */
export function startChild(entry: 'bare-child.ts' | 'bare-ingest-child.ts', spec: unknown): Promise<Child> {
  const child = fork(path.join(HERE, entry), [], {
    execArgv: process.execArgv,
    env: { ...process.env, BENCH_CHILD: JSON.stringify(spec) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.send('stop');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${entry} exited with code ${code} before listening`)));
    child.once('message', (m: unknown) => {
      const port = (m as { port?: unknown }).port;
      if (typeof port === 'number') resolve({ port, pid: child.pid ?? 0, stop });
      else reject(new Error(`${entry} sent ${JSON.stringify(m)}`));
    });
  });
}

/** The child side: report the port, then wait for 'stop' (or the parent going away). */
export function serveUntilStopped(port: number, close: () => Promise<void>) {
  const shutdown = async () => {
    await close();
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m === 'stop') void shutdown();
  });
  process.on('disconnect', () => void shutdown());
  process.send?.({ port });
}

export function childSpec<T>(): T {
  const raw = process.env.BENCH_CHILD;
  if (!raw) throw new Error('BENCH_CHILD is not set: this file is started by the bench');
  return JSON.parse(raw) as T;
}
