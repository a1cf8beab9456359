/** Keberatan: objections to the handling of a PPID request (UU KIP Pasal 35–36) and disputes at the Komisi Informasi (Pasal 37). */

export { OBJECTION_NUMBER_RE, OBJECTION_STATE_LABEL, type Objection } from "./case.ts";
export { decideObjection, forwardObjection } from "./commands/decideObjection.ts";
export { fileDeskObjection, fileObjection, OBJECTION_RECEIPT_JOB } from "./commands/fileObjection.ts";
export { recordResponse, saveSengketa } from "./commands/respond.ts";
export { registerKeberatanJobs } from "./jobs.ts";
export { DECISION_LABEL as OBJECTION_DECISION_LABEL, issueObjectionReceipt } from "./letters.ts";
export { findObjectionByNumber, getObjection, objectionsOfRequest } from "./queries.ts";
export { REASON_LABEL } from "./reasons.ts";
export { OBJECTION_REGISTER_COLUMNS, type ObjectionStats, objectionRegister, objectionStats, type Period } from "./register.ts";
export { keberatanRoutes } from "./routes.tsx";
export {
  keberatan,
  keberatanCounters,
  keberatanEvents,
  REASONS,
  type Reason,
  SENGKETA_RESULTS,
  SENGKETA_STAGES,
  sengketa,
} from "./schema.ts";
