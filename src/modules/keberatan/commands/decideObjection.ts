/**
 * The objection's way to a decision: the desk forwards it to the Atasan PPID,
 * who alone decides it in writing (UU KIP Pasal 36); the decision letter is
 * generated and registered in the same transaction and the requester mailed.
 */
import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import { formatCivilDate, jakartaDate } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { addEvent, getRequest, loadLaw } from "../../ppid/index.ts";
import { addObjectionEvent, assertState, loadObjectionForUpdate, mailFiler } from "../case.ts";
import { decisionForm, forwardForm } from "../forms.ts";
import { DECISION_LABEL, issueDecisionLetter } from "../letters.ts";
import { keberatan } from "../schema.ts";

/** TERREGISTRASI → DITERUSKAN_KE_ATASAN. */
export async function forwardObjection(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown = {}) {
  authorize(actor, "keberatan.desk");
  const f = parseOrThrow(forwardForm, raw);
  const who = auditActor(actor, meta, "petugas_layanan");
  return inTransaction(p, who, async (w) => {
    const k = await loadObjectionForUpdate(w, id);
    assertState(k, ["TERREGISTRASI"]);
    const now = new Date();
    await w.tx.update(keberatan).set({ state: "DITERUSKAN_KE_ATASAN", forwardedAt: now, updatedAt: now }).where(eq(keberatan.id, id));
    await addObjectionEvent(w, id, who, { kind: "forwarded", note: f.note ?? null });
    await w.audit({
      action: "keberatan.forwarded",
      subjectType: "keberatan",
      subjectId: id,
      before: { state: k.state },
      after: { state: "DITERUSKAN_KE_ATASAN", note: f.note ?? null },
    });
  });
}

/** DITERUSKAN_KE_ATASAN → DIPUTUS, by the Atasan PPID only. */
export async function decideObjection(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  authorize(actor, "keberatan.decide");
  const f = parseOrThrow(decisionForm, raw);
  const who = auditActor(actor, meta, "atasan_ppid");
  return inTransaction(p, who, async (w) => {
    const k = await loadObjectionForUpdate(w, id);
    assertState(k, ["DITERUSKAN_KE_ATASAN"]);
    const req = await getRequest(w.tx, k.requestId);
    if (!req) throw new Error(`request ${k.requestId} of objection ${k.number} is missing`);
    const law = await loadLaw(w.tx);
    const now = new Date();
    const decided = {
      ...k,
      state: "DIPUTUS" as const,
      decision: f.decision,
      decisionText: f.decisionText,
      decidedAt: now,
      decidedBy: actor.userId,
      decidedByName: actor.name,
      decidedByPosition: f.position,
    };
    const docId = await issueDecisionLetter(w, p, decided, req, law);
    await w.tx
      .update(keberatan)
      .set({
        state: "DIPUTUS",
        decision: f.decision,
        decisionText: f.decisionText,
        decidedAt: now,
        decidedBy: actor.userId,
        decidedByName: actor.name,
        decidedByPosition: f.position,
        decisionDocId: docId,
        updatedAt: now,
      })
      .where(eq(keberatan.id, id));
    await addObjectionEvent(w, id, who, { kind: "decided", data: { decision: f.decision, documentId: docId } });
    await addEvent(w, req.id, who, {
      kind: "objection_decided",
      note: `Keberatan ${k.number}: ${DECISION_LABEL[f.decision]}.`,
      data: { number: k.number, id, decision: f.decision, documentId: docId },
    });
    await w.audit({
      action: "keberatan.decided",
      subjectType: "keberatan",
      subjectId: id,
      before: { state: k.state },
      after: { state: "DIPUTUS", decision: f.decision, documentId: docId, position: f.position, late: k.dueOn < jakartaDate(now) },
    });
    await mailFiler(
      w,
      k,
      "Tanggapan Atasan PPID atas keberatan Anda",
      [
        `Yth. ${k.filerName},`,
        "",
        `Atasan PPID telah menanggapi keberatan ${k.number}: ${DECISION_LABEL[f.decision]}.`,
        `Surat tanggapan dapat diunduh dan diperiksa keasliannya di ${p.config.baseUrl}/verifikasi/${docId}`,
        "",
        `Sampaikan apakah Anda puas dengan tanggapan ini melalui tautan pelacakan keberatan yang kami kirim saat keberatan diterima. Bila tidak puas, Anda dapat mengajukan sengketa informasi ke Komisi Informasi Provinsi Bengkulu dalam ${law.disputeWindowDays} hari kerja sejak tanggapan ini diterima (tanggapan ditetapkan ${formatCivilDate("id", jakartaDate(now))}).`,
      ].join("\n"),
    );
    return { documentId: docId };
  });
}
