import { randomBytes } from 'node:crypto';
import type { Command, Option } from 'commander';
import type { Runtime } from '../compose.ts';
import { loadDemoData } from '../modules/demo/index.ts';
import { createUser, emailIsTaken } from '../modules/users/index.ts';
import { createWorkspace } from '../modules/workspaces/index.ts';
import { newId } from '../platform/ids.ts';
import { cliCtx } from './context.ts';
import { type Output, print } from './output.ts';
import { withRuntime } from './runtime.ts';

const ADMIN_EMAIL = 'admin@demo.trustcircle.local';

export function registerDemoCommand(program: Command, json: Option) {
  program
    .command('demo')
    .description(
      'create a demo workspace with realistic data (or fill an existing one) and print how to sign in',
    )
    .option('--workspace <id>', 'fill this workspace instead of creating "Northwind Demo"')
    .addOption(json)
    .action(async (o: Output & { workspace?: string }) => {
      await withRuntime(o, async (rt) => {
        const started = Date.now();
        const target = o.workspace ? { id: o.workspace, admin: null } : await newDemoWorkspace(rt);
        const ctx = await cliCtx(rt, target.id, 'demo');
        const loaded = await loadDemoData({ ctx });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const admin = target.admin;
        print(
          o,
          {
            workspaceId: target.id,
            email: admin?.email ?? null,
            password: admin?.password ?? null,
            accounts: loaded.accounts,
            contacts: loaded.contacts,
          },
          [
            `Demo data loaded into ${ctx.workspace.name} in ${seconds} s: ${loaded.accounts} accounts, ${loaded.contacts} contacts, ${loaded.rapportFacts} rapport facts, ${loaded.timelineEntries} timeline entries, ${loaded.promises} promises, ${loaded.checkins} check-ins, ${loaded.tasks} tasks, ${loaded.plans} action plans, ${loaded.members} CSMs.`,
            ...(admin
              ? [`Sign in at ${ctx.baseUrl}`, `  email:    ${admin.email}`, `  password: ${admin.password}`]
              : [`Open ${ctx.baseUrl} and sign in as a member of this workspace.`]),
          ],
        );
      });
    });
}

/**
 * "Northwind Demo" with its admin; the password is shown once, here. A later demo gets its own
 * admin address, since an existing person would keep their old password.
 */
async function newDemoWorkspace(rt: Runtime) {
  const { platform } = rt;
  const base = {
    db: platform.db,
    clock: platform.clock,
    log: platform.log,
    requestId: newId(),
    baseUrl: platform.config.baseUrl,
  };
  const ws = await createWorkspace({ ctx: base, input: { name: 'Northwind Demo' } });
  const ctx = await cliCtx(rt, ws.id, 'demo');
  const email = (await emailIsTaken(platform.db, ADMIN_EMAIL))
    ? `admin+${newId().slice(-6)}@demo.trustcircle.local`
    : ADMIN_EMAIL;
  const password = randomBytes(12).toString('base64url');
  await createUser({ ctx, input: { email, name: 'Demo Admin', password, role: 'admin' } });
  return { id: ws.id, admin: { email, password } };
}
