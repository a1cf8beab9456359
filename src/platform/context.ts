import type { EventEmitter } from "node:events";
import type { Config } from "../config.ts";
import type { SigningKey } from "./crypto/keys.ts";
import type { Database, Db } from "./db/client.ts";
import type { Jobs } from "./jobs/jobs.ts";
import type { Logger } from "./logging/logger.ts";
import type { Mailer } from "./mail/mailer.ts";
import type { FileStore } from "./storage/file-store.ts";

/** The services every command, query and job receives. */
export interface Platform {
  config: Config;
  database: Database;
  db: Db;
  log: Logger;
  key: SigningKey;
  files: FileStore;
  jobs: Jobs;
  mail: Mailer;
  /** "committed" after every command transaction commits (page cache, live dashboards). */
  events: EventEmitter;
}
