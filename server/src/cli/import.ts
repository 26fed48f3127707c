import type { Command, Option } from 'commander';

export function registerImportCommand(program: Command, _json: Option) {
  program.command('import').description('import accounts or contacts from CSV (coming)');
}
