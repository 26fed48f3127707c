import { Command, Option } from 'commander';
import { createRuntime, startRoles } from '../compose.ts';
import { createApiKey } from '../modules/apikeys/index.ts';
import { seedDefaultRules } from '../modules/lifecycle/index.ts';
import { seedDefaultTemplates } from '../modules/planTemplates/index.ts';
import { createSource } from '../modules/sources/index.ts';
import { createUser } from '../modules/users/index.ts';
import { createWorkspace } from '../modules/workspaces/index.ts';
import { loadConfig } from '../platform/config/index.ts';
import { newId } from '../platform/ids.ts';
import { cliCtx } from './context.ts';
import { registerDemoCommand } from './demo.ts';
import { registerImportCommand } from './import.ts';
import { type Output, print } from './output.ts';
import { withRuntime } from './runtime.ts';

const jsonOption = new Option('--json', 'print a machine-readable JSON result');

export function buildCli(): Command {
  const program = new Command('trustcircle').description(
    'Trust Circle: a self-hostable customer success platform',
  );

  program
    .command('serve', { isDefault: true })
    .description('run the server (web, worker and scheduler roles; see TRUSTCIRCLE_ROLES)')
    .action(async () => {
      const config = loadConfig();
      const runtime = await createRuntime(config, { backgroundCheckpoints: true });
      const { stop } = await startRoles(runtime);
      runtime.platform.log.info(
        { url: config.baseUrl, database: config.database.kind, roles: config.roles, dataDir: config.dataDir },
        `Trust Circle is running at ${config.baseUrl}`,
      );
      const shutdown = async () => {
        await stop();
        await runtime.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });

  program
    .command('migrate')
    .description('apply database migrations and exit')
    .addOption(jsonOption)
    .action(async (o: Output) => {
      await withRuntime(o, async () => {
        print(o, { ok: true }, 'The database schema is up to date.');
      });
    });

  const workspace = program.command('workspace').description('workspaces');
  workspace
    .command('create')
    .requiredOption('--name <name>', 'workspace name')
    .addOption(jsonOption)
    .action(async (o: Output & { name: string }) => {
      await withRuntime(o, async (rt) => {
        const { platform } = rt;
        const ws = await createWorkspace({
          ctx: {
            db: platform.db,
            clock: platform.clock,
            log: platform.log,
            requestId: newId(),
            baseUrl: platform.config.baseUrl,
          },
          input: { name: o.name },
        });
        await seedDefaultRules({ ctx: platform, workspaceId: ws.id, enabled: false });
        await seedDefaultTemplates({ ctx: platform, workspaceId: ws.id });
        print(o, ws, [
          `Created workspace ${ws.name}`,
          `id: ${ws.id}`,
          `Next: trustcircle user create --workspace ${ws.id} --email … --name … --password … --role admin`,
        ]);
      });
    });

  const user = program.command('user').description('people who sign in');
  user
    .command('create')
    .requiredOption('--workspace <id>', 'workspace id')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--password <password>', 'at least 10 characters')
    .addOption(new Option('--role <role>').choices(['admin', 'manager', 'csm', 'viewer']).default('csm'))
    .addOption(jsonOption)
    .action(
      async (
        o: Output & { workspace: string; email: string; name: string; password: string; role: 'admin' },
      ) => {
        await withRuntime(o, async (rt) => {
          const ctx = await cliCtx(rt, o.workspace, 'user create');
          const member = await createUser({
            ctx,
            input: { email: o.email, name: o.name, password: o.password, role: o.role },
          });
          print(
            o,
            member,
            `Added ${member.name} <${member.email}> as ${member.role}. They can sign in at ${ctx.baseUrl}`,
          );
        });
      },
    );

  const apikey = program.command('apikey').description('API keys');
  apikey
    .command('create')
    .requiredOption('--workspace <id>', 'workspace id')
    .requiredOption('--name <name>', 'what the key is for')
    .addOption(new Option('--scope <scope>').choices(['read', 'read_write']).default('read_write'))
    .addOption(jsonOption)
    .action(async (o: Output & { workspace: string; name: string; scope: 'read' | 'read_write' }) => {
      await withRuntime(o, async (rt) => {
        const ctx = await cliCtx(rt, o.workspace, 'apikey create');
        const key = await createApiKey({ ctx, input: { name: o.name, scope: o.scope } });
        print(o, { key: key.key, id: key.id, name: key.name, scope: key.scope }, [
          `API key "${key.name}" (${key.scope}) created. It is shown only now:`,
          key.key,
          `Use it as: Authorization: Bearer ${key.key.slice(0, 8)}…`,
        ]);
      });
    });

  const source = program
    .command('source')
    .description('event sources for the Segment-compatible ingestion API');
  source
    .command('create')
    .requiredOption('--workspace <id>', 'workspace id')
    .requiredOption('--name <name>', 'where the events come from, e.g. "Product backend"')
    .addOption(jsonOption)
    .action(async (o: Output & { workspace: string; name: string }) => {
      await withRuntime(o, async (rt) => {
        const ctx = await cliCtx(rt, o.workspace, 'source create');
        const created = await createSource({ ctx, input: { name: o.name } });
        print(o, { id: created.id, writeKey: created.writeKey, name: created.name }, [
          `Source "${created.name}" created. Its write key: ${created.writeKey}`,
          `Point a Segment SDK at ${ctx.baseUrl}, e.g. new Analytics({ writeKey: '${created.writeKey}', host: '${ctx.baseUrl}' })`,
        ]);
      });
    });

  registerDemoCommand(program, jsonOption);
  registerImportCommand(program, jsonOption);
  return program;
}
