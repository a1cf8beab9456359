import "./messages.ts";

export { ANONYMOUS_NAME } from "./commands/deleteOwnAccount.ts";
export { clearanceLabel, roleLabel } from "./messages.ts";
export { getUser, staffWithRole } from "./queries.ts";
export { type AccountsOptions, accountsRoutes } from "./routes.tsx";
export { DEMO_CITIZEN, DEMO_PASSWORD, DEMO_STAFF, seedDemoAccounts } from "./seed.ts";
export { createSession, requestMeta, SESSION_COOKIE, sessionMiddleware } from "./session.ts";
export { DEMO_TOTP_SECRET, totpCode } from "./totp.ts";
