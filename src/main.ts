/**
 * Starts the roles given by --role=web,worker,scheduler,mail (web, worker and scheduler by default;
 * mail, the SMTP listener of the PPID address, only when asked for).
 */
import { serve } from "@hono/node-server";
import { createApp } from "./app.tsx";
import { bootstrap } from "./bootstrap.ts";
import { ConfigError, DEMO_ADMIN_PASSWORD, loadConfig } from "./config.ts";
import { DEMO_CITIZEN, DEMO_STAFF, DEMO_TOTP_SECRET } from "./modules/accounts/index.ts";
import { startMailIntake } from "./modules/ppid/mail-intake/index.ts";
import { startControlServer } from "./platform/control/server.ts";
import { DataDirLockedError } from "./platform/db/lock.ts";
import { ensureStylesheet } from "./platform/ui/build-css.ts";

const ROLES = ["web", "worker", "scheduler", "mail"] as const;
type RoleName = (typeof ROLES)[number];
const DEFAULT_ROLES: RoleName[] = ["web", "worker", "scheduler"];

function parseRoles(argv: string[]): RoleName[] {
  const arg = argv.find((a) => a.startsWith("--role="));
  if (!arg) return [...DEFAULT_ROLES];
  const roles = arg.slice("--role=".length).split(",").filter(Boolean);
  const bad = roles.filter((r) => !ROLES.includes(r as RoleName));
  if (bad.length || roles.length === 0) {
    console.error(`Unknown role: ${bad.join(", ") || "(none)"}. Use --role=web,worker,scheduler,mail (any of them).`);
    process.exit(2);
  }
  return roles as RoleName[];
}

async function main() {
  const started = Date.now();
  const roles = parseRoles(process.argv.slice(2));
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  if (roles.includes("web")) await ensureStylesheet();
  let p: Awaited<ReturnType<typeof bootstrap>>;
  try {
    p = await bootstrap(config, { jobMaintenance: roles.includes("worker") || roles.includes("scheduler") });
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const { log } = p;
  // On the embedded database, CLI tasks (backup, audit:verify) ask this process over a local socket.
  const control = p.database.kind === "pglite" ? await startControlServer(p) : null;

  // Where the web role runs too, a job backlog drains between visitors, not over them.
  let webBusy = () => false;
  if (roles.includes("worker")) await p.jobs.work({ yieldWhenBusy: () => webBusy() });
  if (roles.includes("scheduler")) await p.jobs.startSchedules();
  const mail = roles.includes("mail") ? await startMailIntake(p, { port: config.MAIL_INTAKE_PORT, host: config.MAIL_INTAKE_HOST }) : null;

  let server: ReturnType<typeof serve> | undefined;
  if (roles.includes("web")) {
    const { fetch, busy } = createApp(p);
    webBusy = busy;
    server = serve({ fetch, port: config.PORT, hostname: config.HOST }, (info) => {
      const shown = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
      log.info(
        {
          port: info.port,
          host: config.HOST,
          database: p.database.kind,
          roles,
          ms: Date.now() - started,
          uptimeMs: Math.round(process.uptime() * 1000),
        },
        "listening",
      );
      const lines = [
        "",
        `  Satu Pintu — Pemerintah Kabupaten Lebong`,
        `  Portal:     http://${shown}:${info.port}/`,
        `  Database:   ${p.database.kind === "pglite" ? `embedded (PGlite) in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)"}`,
        `  Roles:      ${roles.join(", ")}`,
      ];
      if (config.demoData) {
        lines.push(
          `  Demo admin: ${config.ADMIN_EMAIL} / ${config.adminPassword}${config.adminPassword === DEMO_ADMIN_PASSWORD ? " (demo password)" : ""}`,
          `  TOTP secret of every demo staff account (add it to an authenticator app): ${DEMO_TOTP_SECRET}`,
          `  Other demo accounts (same password): ${DEMO_STAFF.map((s) => s.email).join(", ")}; citizen ${DEMO_CITIZEN.email}`,
        );
      }
      lines.push("");
      console.log(lines.join("\n"));
    });
  } else {
    log.info({ roles, database: p.database.kind }, "started");
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    if (server) await new Promise<void>((r) => server!.close(() => r()));
    await mail?.close();
    await p.jobs.stop().catch(() => {});
    await control?.close();
    await p.database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
