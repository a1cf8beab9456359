/** npm run restore <file> — see src/cli/commands.ts. */
import { resolve } from "node:path";
import { cliConfig, restoreCommand } from "./commands.ts";

const config = cliConfig();
// npm runs scripts in the package folder; a relative path is meant from where the operator typed it.
const file = process.argv[2] ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : undefined;
process.exitCode = config ? await restoreCommand(config, file) : 2;
