import "./messages.ts";

export { ANONYMOUS_NAME } from "./commands/deleteOwnAccount.ts";
export { auditActor } from "./context.ts";
export { clearanceLabel, roleLabel } from "./messages.ts";
export { authorize, can, clearanceAllows, clearanceRank, hasRegencyRole, hasRole, type PolicyName, type Target } from "./policy.ts";
export { type AccountsOptions, accountsRoutes } from "./routes.tsx";
export { CLEARANCES, type Clearance, REGENCY_ONLY_ROLES, ROLES, type Role } from "./schema.ts";
export { DEMO_CITIZEN, DEMO_PASSWORD, DEMO_STAFF, seedDemoAccounts } from "./seed.ts";
export { createSession, requestMeta, SESSION_COOKIE, sessionMiddleware } from "./session.ts";
export { DEMO_TOTP_SECRET, totpCode } from "./totp.ts";
