import { buildCli } from './cli/commands.ts';

/**
 * The composition root and the `trustcircle` command. `serve` (the default) runs the roles
 * named in TRUSTCIRCLE_ROLES; every other command opens the database, does one thing, exits.
 */
await buildCli().parseAsync(process.argv);
