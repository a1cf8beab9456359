/** Where a request's response stands, for the staff case page's "Tanggapan" panel. */
import { asc, eq } from "drizzle-orm";
import type { Platform } from "../../../platform/context.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import { can } from "../../access/index.ts";
import type { PpidRequest } from "../case.ts";
import { getRequest } from "../queries.ts";
import { ppidResponses } from "../schema.ts";
import { type ResponseRow, tookPart } from "./support.ts";

export interface ResponseState {
  request: Pick<PpidRequest, "id" | "number" | "state" | "unitId" | "decision" | "decidedAt" | "noticeDocId">;
  /** The response being worked on (draft, submitted or returned), if any. */
  current: ResponseRow | null;
  /** The approved response (the decision), if any. */
  approved: ResponseRow | null;
  /** Every response of the request, oldest first. */
  history: ResponseRow[];
  /** What the person looking may do now (all false without an actor). */
  can: { draft: boolean; review: boolean; approve: boolean };
}

export async function responseState(p: Platform, requestId: string, actor?: Actor | null): Promise<ResponseState | null> {
  const req = await getRequest(p.db, requestId);
  if (!req) return null;
  const history = await p.db
    .select()
    .from(ppidResponses)
    .where(eq(ppidResponses.requestId, requestId))
    .orderBy(asc(ppidResponses.draftedAt));
  const approved = history.find((r) => r.status === "approved") ?? null;
  const current = approved ? null : (history.filter((r) => r.status !== "approved").at(-1) ?? null);
  const a = actor ?? null;
  const draft = req.state === "DIPROSES" && current?.status !== "submitted" && can(a, "ppid.request.work", { unitId: req.unitId });
  const review = req.state === "DIPROSES" && current?.status === "submitted" && can(a, "ppid.response.approve");
  return {
    request: req,
    current,
    approved,
    history,
    can: { draft, review, approve: review && a !== null && current !== null && !tookPart(current, a.userId) },
  };
}
