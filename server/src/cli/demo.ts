import type { Command, Option } from 'commander';

export function registerDemoCommand(program: Command, _json: Option) {
  program.command('demo').description('create a demo workspace (coming)');
}
