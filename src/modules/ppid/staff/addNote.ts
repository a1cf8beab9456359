import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { addEvent } from "../case.ts";
import { ppidRequests } from "../schema.ts";
import { noteForm } from "./forms.ts";
import { capacity, lockAuthorized, signedIn } from "./guard.ts";

/** An internal note on the case history, seen by staff only (never by the requester or the public). */
export async function addNote(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  signedIn(actor);
  const f = parseOrThrow(noteForm, raw);
  const who = auditActor(actor, meta, capacity(actor));
  return inTransaction(p, who, async (w) => {
    const req = await lockAuthorized(w, actor, id, "ppid.request.read");
    await addEvent(w, req.id, who, { kind: "note", note: f.note, visibility: "staff" });
    await w.tx.update(ppidRequests).set({ updatedAt: new Date() }).where(eq(ppidRequests.id, req.id));
    await w.audit({
      action: "ppid.request.note_added",
      subjectType: "ppid_request",
      subjectId: req.id,
      unitId: req.unitId,
      after: { length: f.note.length },
    });
  });
}
