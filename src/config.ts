/**
 * The only reader of process.env. Every setting is validated with zod; a bad
 * environment fails fast with the full list of problems.
 */
import { resolve } from "node:path";
import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// (leave unset for the embedded database)")
    .optional(),
  BASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEMO_DATA: bool.optional(),
  ADMIN_EMAIL: z.string().email().default("admin@lebongkab.go.id"),
  ADMIN_PASSWORD: z.string().min(12, "at least 12 characters").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Satu Pintu Kabupaten Lebong <noreply@lebongkab.go.id>"),
  SIGNING_KEY: z.string().optional(),
  TRUST_PROXY: bool.default(false),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** The PPID's public address; the mail role accepts mail for it and for each request's own ppid+… address. */
  PPID_MAIL_ADDRESS: z.string().email().default("ppid@lebongkab.go.id"),
  MAIL_INTAKE_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  MAIL_INTAKE_HOST: z.string().min(1).default("127.0.0.1"),
});

export type Config = z.infer<typeof schema> & {
  dataDir: string;
  baseUrl: string;
  demoData: boolean;
  adminPassword: string;
  production: boolean;
};

export const DEMO_ADMIN_PASSWORD = "Lebong-Demo-2026!";

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === "production";
  const problems: string[] = [];
  if (production && (!c.ADMIN_PASSWORD || c.ADMIN_PASSWORD === DEMO_ADMIN_PASSWORD)) {
    problems.push("  - ADMIN_PASSWORD: production refuses the demo password; set your own");
  }
  if (production && !c.BASE_URL) problems.push("  - BASE_URL: required in production (links in mail and QR codes)");
  if (production && !c.SIGNING_KEY) problems.push("  - SIGNING_KEY: required in production (Ed25519 private key, PEM or base64 PKCS#8)");
  if (production && c.DEMO_DATA) problems.push("  - DEMO_DATA: demo accounts are not allowed in production");
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  return {
    ...c,
    production,
    dataDir: resolve(c.DATA_DIR),
    baseUrl: (c.BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ""),
    demoData: c.DEMO_DATA ?? !production,
    adminPassword: c.ADMIN_PASSWORD ?? DEMO_ADMIN_PASSWORD,
  };
}

export class ConfigError extends Error {}
