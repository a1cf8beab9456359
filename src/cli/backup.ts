/** npm run backup — see src/cli/commands.ts. */
import { backupCommand, cliConfig } from "./commands.ts";

const config = cliConfig();
process.exitCode = config ? await backupCommand(config) : 2;
