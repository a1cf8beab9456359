import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { addEvent, refreshClock, todayWib } from "../case.ts";
import { ClockError } from "../clock.ts";
import { loadLaw } from "../law.ts";
import { mailRequester } from "../notify.ts";
import { ppidRequests } from "../schema.ts";
import { extendForm } from "../staff/forms.ts";
import { capacity, dueText, lockAuthorized, signedIn } from "../staff/guard.ts";

/**
 * Extends the response deadline once by the law's extension days (UU KIP
 * Pasal 22(8)), with a written reason mailed to the requester; only while the
 * clock runs and on or before the current due date.
 */
export async function extendDeadline(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  signedIn(actor);
  const f = parseOrThrow(extendForm, raw);
  const who = auditActor(actor, meta, capacity(actor));
  return inTransaction(p, who, async (w) => {
    const req = await lockAuthorized(w, actor, id, "ppid.request.work");
    if (req.state !== "TERREGISTRASI" && req.state !== "DIPROSES") {
      throw new ValidationError({ state: "Perpanjangan hanya dapat diberikan selama permohonan diproses dan waktu pelayanan berjalan." });
    }
    if (req.extended)
      throw new ValidationError({ reason: "Batas waktu permohonan ini sudah pernah diperpanjang: perpanjangan hanya satu kali." });
    const today = todayWib();
    if (!req.dueOn || req.clockStatus !== "running") {
      throw new ValidationError({ reason: "Waktu pelayanan sedang tidak berjalan: perpanjangan tidak dapat diberikan." });
    }
    if (today > req.dueOn) {
      throw new ValidationError({
        reason: `Batas waktu sudah lewat (${dueText(req.dueOn)}): perpanjangan hanya dapat diberikan paling lambat pada tanggal jatuh tempo.`,
      });
    }
    const law = await loadLaw(w.tx);
    await addEvent(w, req.id, who, { kind: "extended", note: f.reason, data: { days: law.extensionDays } });
    let clock: Awaited<ReturnType<typeof refreshClock>>["clock"];
    try {
      ({ clock } = await refreshClock(w, req, law));
    } catch (e) {
      if (!(e instanceof ClockError)) throw e;
      throw new ValidationError({
        reason:
          e.message === "only one extension"
            ? "Batas waktu permohonan ini sudah pernah diperpanjang: perpanjangan hanya satu kali."
            : "Perpanjangan hanya dapat diberikan paling lambat pada tanggal jatuh tempo, selama waktu pelayanan berjalan.",
      });
    }
    await w.tx.update(ppidRequests).set({ updatedAt: new Date() }).where(eq(ppidRequests.id, req.id));
    await w.audit({
      action: "ppid.request.extended",
      subjectType: "ppid_request",
      subjectId: req.id,
      unitId: req.unitId,
      before: { due: req.dueOn },
      after: { due: clock.due, days: law.extensionDays, reason: f.reason },
    });
    await mailRequester(
      p,
      w,
      req,
      "Batas waktu pemberitahuan diperpanjang",
      [
        `Yth. ${req.name},`,
        "",
        `PPID memperpanjang batas waktu pemberitahuan tertulis atas permohonan Anda selama ${law.extensionDays} hari kerja (UU 14/2008 Pasal 22 ayat (8)).`,
        "",
        `Alasan perpanjangan: ${f.reason}`,
        "",
        `Batas waktu semula: ${dueText(req.dueOn)}.`,
        `Batas waktu yang baru: ${dueText(clock.due)}.`,
      ].join("\n"),
    );
    return { due: clock.due, before: req.dueOn };
  });
}
