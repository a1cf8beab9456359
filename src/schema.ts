/** The schema index: every table of every module, for Drizzle and drizzle-kit. */
export * from "./modules/accounts/schema.ts";
export * from "./modules/arsip/schema.ts";
export * from "./modules/dip/schema.ts";
export * from "./modules/keberatan/schema.ts";
export * from "./modules/organisation/schema.ts";
export * from "./modules/ppid/mail-intake/schema.ts";
export * from "./modules/ppid/reports/schema.ts";
export * from "./modules/ppid/schema.ts";
export * from "./platform/audit/schema.ts";
export * from "./platform/calendar/schema.ts";
export * from "./platform/db/settings-schema.ts";
export * from "./platform/mail/schema.ts";
export * from "./platform/storage/schema.ts";
export * from "./platform/verification/schema.ts";
