/**
 * The response part of the PPID module, for the other parts (staff case page):
 * the "Tanggapan" panel and the query that feeds it.
 *
 *   const state = await responseState(p, req.id, c.get("actor"));
 *   … {state ? <ResponseSummary state={state} /> : null}
 */
export type { ResponseContent } from "./content.ts";
export { type ResponseState, responseState } from "./state.ts";
export { draftPath, reviewPath } from "./views/common.tsx";
export { ResponseSummary } from "./views/ResponseSummary.tsx";
