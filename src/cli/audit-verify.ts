/** npm run audit:verify [exported-head.json …] — see src/cli/commands.ts. Exit 0 intact, 1 broken, 2 refused. */
import { resolve } from "node:path";
import { auditVerifyCommand, cliConfig } from "./commands.ts";

const config = cliConfig();
const files = process.argv.slice(2).map((f) => resolve(process.env.INIT_CWD ?? process.cwd(), f));
process.exitCode = config ? await auditVerifyCommand(config, files) : 2;
