import { eq } from "drizzle-orm";
import { z } from "zod";
import type { AuditActor } from "../../../platform/audit/chain.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { fileCase } from "../archive.ts";
import { addEvent, loadForUpdate } from "../case.ts";
import { loadLaw } from "../law.ts";
import { mailRequester } from "../notify.ts";
import { isRequester } from "../queries.ts";
import { ppidRequests } from "../schema.ts";
import { assertTransition } from "../states.ts";

export const withdrawForm = z.object({
  reason: z
    .string()
    .trim()
    .max(2000, "Alasan paling banyak 2000 karakter.")
    .optional()
    .transform((v) => (v ? v : undefined)),
});

/**
 * The requester withdraws their request before it is decided (state DITARIK).
 * Only the requester may do it: the citizen account that filed it, or whoever
 * holds the tracking secret. The clock stops.
 */
export async function withdrawRequest(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  input: { id: string; secret?: string | null; raw: unknown },
): Promise<{ number: string | null }> {
  const f = parseOrThrow(withdrawForm, input.raw);
  const citizen = actor?.kind === "citizen" ? actor : null;
  // The audit chain is permanent: it carries the account id (when signed in), never the requester's name.
  const who: AuditActor = { id: citizen?.userId ?? null, name: "pemohon", role: "pemohon", unitId: null, ...meta };
  return inTransaction(p, who, async (w) => {
    const req = await loadForUpdate(w, input.id);
    // Not the requester: the same answer as an unknown request (nothing revealed).
    if (!isRequester(req, actor, input.secret)) throw notFound("Permohonan tidak ditemukan.");
    const to = assertTransition(req.state, "withdraw");
    const now = new Date();
    await w.tx
      .update(ppidRequests)
      .set({ state: to, withdrawnAt: now, clockStatus: "stopped", updatedAt: now })
      .where(eq(ppidRequests.id, req.id));
    await addEvent(w, req.id, who, { kind: "withdrawn", at: now, note: f.reason ?? null });
    const filed = await fileCase(p, w, req.id, await loadLaw(w.tx), citizen?.userId ?? null);
    await w.audit({
      action: "ppid.request.withdrawn",
      subjectType: "ppid_request",
      subjectId: req.id,
      before: { state: req.state, due: req.dueOn },
      after: { state: to, reason: f.reason ?? null, archiveRecordId: filed.recordId },
    });
    await mailRequester(
      p,
      w,
      req,
      "Permohonan informasi ditarik",
      [
        `Yth. ${req.name},`,
        "",
        `Permohonan informasi ${req.number ?? ""} telah Anda tarik. PPID tidak akan memprosesnya lebih lanjut.`,
        f.reason ? `Alasan yang Anda tulis: ${f.reason}` : "",
        "",
        "Anda dapat mengajukan permohonan baru kapan saja.",
      ].join("\n"),
    );
    return { number: req.number };
  });
}
