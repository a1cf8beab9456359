/**
 * Builds the Platform: database (migrated), keys, files, jobs, mail; loads the
 * reference data; registers every module's jobs. Used by main.ts, the CLI and tests.
 */
import { EventEmitter } from "node:events";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { Config } from "./config.ts";
import { seedDemoAccounts, staffWithRole } from "./modules/accounts/index.ts";
import { registerArsipJobs, seedArsip } from "./modules/arsip/index.ts";
import { registerAuditJobs } from "./modules/audit/index.ts";
import { registerDipJobs, seedDipDemo } from "./modules/dip/index.ts";
import * as keberatan from "./modules/keberatan/index.ts";
import { seedOrganisation } from "./modules/organisation/index.ts";
import { provideObjections, registerPpidJobs } from "./modules/ppid/index.ts";
import { seedDemoDocuments } from "./modules/signatures/index.ts";
import { seedHolidays } from "./platform/calendar/seed.ts";
import type { Platform } from "./platform/context.ts";
import { loadSigningKey } from "./platform/crypto/keys.ts";
import { type Database, migrateDatabase, openDatabase } from "./platform/db/client.ts";
import { registerDbMaintenance } from "./platform/db/maintenance.ts";
import { settings } from "./platform/db/settings-schema.ts";
import { Jobs } from "./platform/jobs/jobs.ts";
import { createLogger, type Logger } from "./platform/logging/logger.ts";
import { Mailer } from "./platform/mail/mailer.ts";
import { seedFingerprint } from "./platform/seed/csv.ts";
import { type FileStore, LocalFileStore } from "./platform/storage/file-store.ts";
import { registerFixityJob } from "./platform/storage/fixity.ts";
import { signingKeys } from "./platform/verification/schema.ts";
import { inTransaction, MAIL_DELIVER_JOB, SYSTEM_ACTOR } from "./platform/work.ts";

export interface BootOptions {
  /** Use this database instead of opening one from the config (tests). */
  database?: Database;
  files?: FileStore;
  log?: Logger;
  /** Ephemeral signing key (tests). */
  ephemeralKey?: boolean;
  /** Run job supervision and cron in this process (worker/scheduler roles). */
  jobMaintenance?: boolean;
}

export async function bootstrap(config: Config, opts: BootOptions = {}): Promise<Platform> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    log.debug({ phase: name, ms: Math.round(now - mark) }, "start-up");
    mark = now;
  };
  const database = opts.database ?? (await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.dataDir }));
  phase("open database");
  try {
    await migrateDatabase(database);
    phase("migrations");
    const key = loadSigningKey(
      opts.ephemeralKey ? {} : { envKey: config.SIGNING_KEY, file: join(config.dataDir, "keys", "signing-ed25519.pem") },
    );
    await database.db.insert(signingKeys).values({ id: key.id, publicKeyPem: key.publicKeyPem }).onConflictDoNothing();
    const jobs = new Jobs(database, log, { maintenance: opts.jobMaintenance ?? true });
    const mail = new Mailer(config.SMTP_URL, config.MAIL_FROM, log);
    const p: Platform = {
      config,
      database,
      db: database.db,
      log,
      key,
      files: opts.files ?? new LocalFileStore(join(config.dataDir, "files")),
      jobs,
      mail,
      events: new EventEmitter(),
    };
    jobs.define<{ id: string }>(MAIL_DELIVER_JOB, (data) => mail.deliver(p.db, data.id));
    registerAuditJobs(p);
    registerDbMaintenance(p);
    registerFixityJob(p);
    registerArsipJobs(p);
    registerPpidJobs(p);
    keberatan.registerKeberatanJobs(p);
    // The PPID registers and reports read objections through this hand-over (keberatan depends on ppid, not back).
    provideObjections(keberatan);
    registerDipJobs(p, (role, unitId) => staffWithRole(p.db, role, unitId));
    // The queue is installed and started in every role: web commands enqueue jobs.
    await jobs.start();
    phase("job queue");
    // Reference data is loaded again only when db/seed changed (a restart skips it).
    const fingerprint = seedFingerprint([
      "wilayah-lebong.csv",
      "opd-lebong.csv",
      "klasifikasi-arsip.csv",
      "hari-libur-2024-2026.csv",
      "jra-contoh.csv",
    ]);
    const [seeded] = await database.db.select().from(settings).where(eq(settings.key, "reference.seed"));
    if (seeded?.value !== fingerprint) {
      await inTransaction(p, SYSTEM_ACTOR, async (w) => {
        const org = await seedOrganisation(w.tx);
        const holidays = await seedHolidays(w.tx);
        const arsip = await seedArsip(w.tx);
        await w.audit({
          action: "reference.seeded",
          subjectType: "reference",
          subjectId: fingerprint,
          after: { ...org, holidays, ...arsip },
        });
        await w.tx
          .insert(settings)
          .values({ key: "reference.seed", value: fingerprint })
          .onConflictDoUpdate({ target: settings.key, set: { value: fingerprint, updatedAt: new Date() } });
      });
    }
    phase("reference data");
    await seedDemoAccounts(p);
    if (config.demoData) {
      await seedDemoDocuments(p);
      await seedDipDemo(p);
    }
    phase("demo data");
    return p;
  } catch (e) {
    if (!opts.database) await database.close();
    throw e;
  }
}
