import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, bundleIsCurrent } from '../../bundle.mjs';
import type { DatabaseTarget } from '../../src/platform/db/connect.ts';
import type { TestDatabase } from './databases.ts';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The child decides its database only from what we pass, never from the calling shell.
const { DATABASE_URL: _url, TRUSTCIRCLE_DATA_DIR: _dir, ...baseEnv } = process.env;

export type Run = { code: number; stdout: string; stderr: string };

let bundleChecked: Promise<unknown> | null = null;

/**
 * The real CLI, as `npx trustcircle …` runs it (bin/trustcircle.js, on the bundle), in a child
 * process, in `cwd`, with the calling shell's environment less its database settings and `env`
 * on top. The bundle is brought up to date once beforehand, so no run prints a rebuild notice.
 */
export async function runCli(args: string[], env: Record<string, string>, cwd = serverDir): Promise<Run> {
  bundleChecked ??= bundleIsCurrent() ? Promise.resolve() : buildBundle();
  await bundleChecked;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(serverDir, 'bin/trustcircle.js'), ...args],
      { cwd, env: { ...baseEnv, ...env } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The real product in a child process (`trustcircle serve`), on a test database, with the
 * CLI at hand: what a new user runs, for tests that need a real socket or a real crash.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    /** The database the server uses, for tests that check what it stored. */
    readonly target: DatabaseTarget,
  ) {}

  static async create(database: TestDatabase): Promise<ServerProcess> {
    const port = await freePort();
    const env: Record<string, string> = { LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port) };
    if (database.target.kind === 'postgres') {
      env.DATABASE_URL = database.target.url;
      env.TRUSTCIRCLE_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'tc-proc-'));
    }
    if (database.target.kind === 'postgres') return new ServerProcess(port, env, database.target);
    const dir = path.dirname(database.target.file);
    env.TRUSTCIRCLE_DATA_DIR = dir;
    return new ServerProcess(port, env, { kind: 'sqlite', file: path.join(dir, 'trustcircle.db') });
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  private childEnv() {
    return { ...baseEnv, ...this.env, TRUSTCIRCLE_BASE_URL: this.url };
  }

  /** Runs a CLI command against the same database and returns its output. */
  cli(...args: string[]): Promise<Run> {
    return runCli(args, { ...this.env, TRUSTCIRCLE_BASE_URL: this.url });
  }

  async cliJson<T>(...args: string[]): Promise<T> {
    const r = await this.cli(...args, '--json');
    if (r.code !== 0) throw new Error(`trustcircle ${args.join(' ')} failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  }

  /** Starts `trustcircle serve` and waits until it answers /readyz. */
  async start(): Promise<void> {
    // The sources run directly, not through bin/trustcircle.js: crash() must kill the server itself.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
      cwd: serverDir,
      env: this.childEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr = (stderr + String(d)).slice(-4000);
    });
    this.child = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
      try {
        const r = await fetch(`${this.url}/readyz`);
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not become ready: ${stderr}`);
  }

  /** kill -9: no shutdown hook runs, nothing is flushed. */
  async crash(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }

  async dispose(): Promise<void> {
    await this.crash();
    if (this.target.kind === 'postgres' && this.env.TRUSTCIRCLE_DATA_DIR) {
      rmSync(this.env.TRUSTCIRCLE_DATA_DIR, { recursive: true, force: true });
    }
  }
}
