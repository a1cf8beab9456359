import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { getUnit } from "../../organisation/index.ts";
import { addEvent } from "../case.ts";
import { mailRequester } from "../notify.ts";
import { ppidRequests } from "../schema.ts";
import { staffContacts } from "../staff/contacts.ts";
import { assignForm } from "../staff/forms.ts";
import { capacity, casePath, dueText, lockAuthorized, signedIn } from "../staff/guard.ts";
import { assertTransition } from "../states.ts";

/**
 * Routes a registered request to the PPID Pelaksana of the OPD that holds the
 * information (TERREGISTRASI → DIPROSES), or moves a request in progress to
 * another OPD with a written reason. The OPD's PPID Pelaksana are mailed.
 */
export async function assignRequest(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  signedIn(actor);
  const f = parseOrThrow(assignForm, raw);
  const who = auditActor(actor, meta, capacity(actor, ["petugas_layanan", "ppid_utama"]));
  return inTransaction(p, who, async (w) => {
    const req = await lockAuthorized(w, actor, id, "ppid.request.assign");
    const reassign = req.state === "DIPROSES";
    assertTransition(req.state, reassign ? "reassign" : "assign");
    if (reassign && !f.reason) throw new ValidationError({ reason: "Tulis alasan pengalihan ke OPD lain." });
    if (reassign && f.reason && f.reason.length < 10)
      throw new ValidationError({ reason: "Alasan pengalihan paling sedikit 10 karakter." });
    if (reassign && req.unitId === f.unitId) throw new ValidationError({ unitId: "Permohonan sudah berada di OPD ini: pilih OPD lain." });
    const unit = await getUnit(w.tx, f.unitId);
    if (unit?.status !== "active") throw new ValidationError({ unitId: "Pilih OPD yang masih aktif." });
    const before = req.unitId ? await getUnit(w.tx, req.unitId) : null;

    await w.tx
      .update(ppidRequests)
      .set({ state: "DIPROSES", unitId: unit.id, assigneeId: null, updatedAt: new Date() })
      .where(eq(ppidRequests.id, req.id));
    await addEvent(w, req.id, who, {
      kind: reassign ? "reassigned" : "assigned",
      note: reassign ? (f.reason ?? null) : null,
      data: { unitId: unit.id, unitName: unit.name, fromUnitId: before?.id ?? null, fromUnitName: before?.name ?? null },
    });
    await w.audit({
      action: reassign ? "ppid.request.reassigned" : "ppid.request.assigned",
      subjectType: "ppid_request",
      subjectId: req.id,
      unitId: unit.id,
      before: { state: req.state, unitId: req.unitId },
      after: { state: "DIPROSES", unitId: unit.id, reason: reassign ? f.reason : undefined },
    });

    const staff = await staffContacts(w.tx, "ppid_pelaksana", unit.id);
    for (const s of staff) {
      await w.mail({
        to: s.email,
        subject: `[${req.number ?? "PPID"}] Permohonan informasi untuk ${unit.name}`,
        text: [
          `Yth. ${s.name},`,
          "",
          `Permohonan informasi ${req.number ?? ""} ${reassign ? "dialihkan" : "diteruskan"} kepada PPID Pelaksana ${unit.name}.`,
          ...(reassign && before ? [`Sebelumnya di ${before.name}. Alasan: ${f.reason}`] : []),
          `Batas waktu pemberitahuan tertulis: ${dueText(req.dueOn)}.`,
          "",
          `Buka permohonan: ${p.config.baseUrl}${casePath(req.id)}`,
          "",
          "Pesan ini dikirim otomatis oleh Satu Pintu Kabupaten Lebong.",
        ].join("\n"),
      });
    }
    await mailRequester(
      p,
      w,
      req,
      reassign ? "Permohonan dialihkan ke OPD lain" : "Permohonan diteruskan ke OPD",
      [
        `Yth. ${req.name},`,
        "",
        `Permohonan informasi Anda ${reassign ? "dialihkan" : "diteruskan"} kepada PPID Pelaksana ${unit.name}, yang menguasai informasi yang Anda minta.`,
        reassign ? `Alasan: ${f.reason}` : "",
        `Batas waktu pemberitahuan tertulis tetap: ${dueText(req.dueOn)}.`,
      ]
        .filter(Boolean)
        .join("\n"),
    );
    return { unitId: unit.id, unitName: unit.name, reassigned: reassign, notified: staff.length };
  });
}
