import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Secrets = { secret: string };

/**
 * A newcomer should not have to invent secrets: the first start writes them to the data
 * folder (mode 0600) and every later start reads the same ones back.
 */
export function loadOrCreateSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
    if (typeof parsed.secret === 'string' && parsed.secret.length >= 32) return { secret: parsed.secret };
  }
  const secrets: Secrets = { secret: randomBytes(32).toString('base64url') };
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
