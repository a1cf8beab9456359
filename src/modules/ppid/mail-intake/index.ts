/** Email intake of the PPID module: the SMTP listener role, per-request reply addresses, and the desk's holding pen. */
export { parseRecipient, type Recipient, requestMailAddress } from "./address.ts";
export { MAX_MAIL_BYTES, type MailIntake, startMailIntake } from "./listener.ts";
export { receiveMail } from "./receive.ts";
export { mailIntakeRoutes } from "./routes.tsx";
export { INBOUND_STATUSES, type InboundAttachment, ppidInboundMail } from "./schema.ts";
