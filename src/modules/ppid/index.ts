/** PPID: the public-information request service (permohonan informasi publik). */

export { addPath, type OperationSpec, openApiDocument } from "./api/openapi.ts";
export { addEvent, NUMBER_RE, type PpidRequest, todayWib } from "./case.ts";
export { type Clock, ClockError, type ClockEvent, type ClockStep, computeClock, type Urgency, urgency } from "./clock.ts";
export { createDeskRequest, registerRequest } from "./commands/deskRequests.ts";
export { RECEIPT_JOB, type SubmitResult, submitRequest } from "./commands/submitRequest.ts";
export { issueReceipt, LETTERHEAD, recomputeOpenClocks } from "./jobs.ts";
export { calendarOptions, DEFAULT_LAW, LAW_SETTING_KEY, type Law, loadLaw, loadLawCached } from "./law.ts";
export { requestMailAddress, startMailIntake } from "./mail-intake/index.ts";
export { findRequestByRef, getRequest, isRequester, objectionDates, requestEvents, requestFiles } from "./queries.ts";
export { registerPpidJobs } from "./register.ts";
export { provideObjections } from "./reports/objections.ts";
export { ppidRoutes } from "./routes.tsx";
export { ppidCounters, ppidRequestEvents, ppidRequestFiles, ppidRequests, ppidResponses } from "./schema.ts";
export { DECISION_LABEL, DECISIONS, type Decision, STATE_LABEL, STATES, type State } from "./states.ts";
