/**
 * A drafted response goes to the PPID Utama: submit (by the drafting side),
 * then approve or return (by a PPID Utama who had no hand in the draft).
 * Approval is the decision: in one transaction the written notice is rendered
 * and registered for verification, the request moves to DIPUTUS, the clock
 * stops, the notice (and a redacted copy) become the requester's, and the
 * requester is mailed.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import { formatCivilDate, jakartaDate } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { conflict, forbidden, notFound, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { issueDocument, renderDocument } from "../../../platform/verification/index.ts";
import { inTransaction, type Work } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { getUser } from "../../accounts/index.ts";
import { PASAL17 } from "../../dip/index.ts";
import { getUnit } from "../../organisation/index.ts";
import { addEvent, loadForUpdate, refreshClock } from "../case.ts";
import { loadLaw } from "../law.ts";
import { NOTICE_KIND, renderNotice } from "../notice.ts";
import { mailRequester } from "../notify.ts";
import { getRequest } from "../queries.ts";
import { isGrant, type ResponseContent } from "../response/content.ts";
import { citeExemptions, contentOf, mailApprovers, type ResponseRow, tookPart } from "../response/support.ts";
import { ppidRequestFiles, ppidRequests, ppidResponses } from "../schema.ts";
import { assertTransition, DECISION_LABEL } from "../states.ts";

const SEPARATION =
  "Anda ikut menyusun atau mengajukan tanggapan ini, sehingga tidak boleh menyetujuinya sendiri. Persetujuan harus oleh PPID Utama lain (pemisahan tugas).";

async function loadPair(p: Platform, requestId: string, responseId: string) {
  const req = await getRequest(p.db, requestId);
  if (!req) throw notFound("Permohonan tidak ditemukan.");
  const [resp] = z.uuid().safeParse(responseId).success
    ? await p.db
        .select()
        .from(ppidResponses)
        .where(and(eq(ppidResponses.id, responseId), eq(ppidResponses.requestId, requestId)))
    : [];
  if (!resp) throw notFound("Tanggapan tidak ditemukan.");
  return { req, resp };
}

async function lockResponse(w: Work, id: string): Promise<ResponseRow> {
  const [row] = await w.tx.select().from(ppidResponses).where(eq(ppidResponses.id, id)).for("update");
  if (!row) throw notFound("Tanggapan tidak ditemukan.");
  return row;
}

/** The drafting side sends a draft (or a revised returned response) to the PPID Utama. */
export async function submitResponse(p: Platform, actor: Actor | null, meta: RequestMeta, requestId: string, responseId: string) {
  const { req } = await loadPair(p, requestId, responseId);
  authorize(actor, "ppid.request.work", { unitId: req.unitId });
  const who = auditActor(actor, meta);
  return inTransaction(p, who, async (w) => {
    const locked = await loadForUpdate(w, requestId);
    assertTransition(locked.state, "decide");
    const resp = await lockResponse(w, responseId);
    if (resp.status !== "draft" && resp.status !== "returned") {
      throw new ValidationError({ status: "Hanya draf atau tanggapan yang dikembalikan yang dapat diajukan." });
    }
    const content = contentOf(resp);
    const contributors = [...new Set([...(content.contributors ?? []), actor.userId])];
    const [row] = await w.tx
      .update(ppidResponses)
      .set({ status: "submitted", content: { ...content, contributors } as unknown as Record<string, unknown> })
      .where(eq(ppidResponses.id, responseId))
      .returning();
    await w.audit({
      action: "ppid.response.submitted",
      subjectType: "ppid_response",
      subjectId: responseId,
      unitId: locked.unitId,
      before: { status: resp.status },
      after: { status: "submitted", decision: resp.decision },
    });
    await addEvent(w, requestId, who, { kind: "response_submitted", visibility: "staff", data: { responseId } });
    await mailApprovers(p, w, locked, row);
    return row;
  });
}

/** The PPID Utama returns a submitted response with a note; the drafter is mailed. */
export async function returnResponse(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  requestId: string,
  responseId: string,
  raw: unknown,
) {
  authorize(actor, "ppid.response.approve");
  const { note } = parseOrThrow(
    z.object({
      note: z
        .string({ error: "Tuliskan catatan untuk penyusun." })
        .trim()
        .min(5, "Tuliskan catatan untuk penyusun (paling sedikit 5 karakter).")
        .max(2000, "Catatan paling banyak 2000 karakter."),
    }),
    raw,
  );
  await loadPair(p, requestId, responseId);
  const who = auditActor(actor, meta, "ppid_utama");
  return inTransaction(p, who, async (w) => {
    const locked = await loadForUpdate(w, requestId);
    const resp = await lockResponse(w, responseId);
    if (resp.status !== "submitted") throw new ValidationError({ note: "Hanya tanggapan yang sedang diajukan yang dapat dikembalikan." });
    const [row] = await w.tx
      .update(ppidResponses)
      .set({ status: "returned", reviewedBy: actor.userId, reviewedByName: actor.name, reviewedAt: new Date(), reviewNote: note })
      .where(eq(ppidResponses.id, responseId))
      .returning();
    await w.audit({
      action: "ppid.response.returned",
      subjectType: "ppid_response",
      subjectId: responseId,
      unitId: locked.unitId,
      before: { status: "submitted" },
      after: { status: "returned", note },
    });
    await addEvent(w, requestId, who, { kind: "response_returned", visibility: "staff", note, data: { responseId } });
    const drafter = await getUser(w.tx, resp.draftedBy);
    if (drafter && drafter.kind === "staff" && drafter.status === "active") {
      await w.mail({
        to: drafter.email,
        subject: `Tanggapan dikembalikan: ${locked.number ?? locked.id}`,
        text: `Yth. ${drafter.name},\n\n${actor.name} mengembalikan tanggapan atas permohonan ${locked.number ?? ""} dengan catatan:\n\n${note}\n\nPerbaiki lalu ajukan kembali di: ${p.config.baseUrl}/ppid/kelola/permohonan/${locked.id}/tanggapan\n\n—\nSatu Pintu Kabupaten Lebong`,
      });
    }
    return row;
  });
}

/**
 * Approval: the decision. Refused to anyone who took part in the draft.
 * Everything below commits together or not at all.
 */
export async function approveResponse(p: Platform, actor: Actor | null, meta: RequestMeta, requestId: string, responseId: string) {
  authorize(actor, "ppid.response.approve");
  const { req, resp } = await loadPair(p, requestId, responseId);
  if (tookPart(resp, actor.userId)) throw forbidden(SEPARATION);
  if (resp.status !== "submitted") throw new ValidationError({ status: "Hanya tanggapan yang sedang diajukan yang dapat disetujui." });
  assertTransition(req.state, "decide");
  const stored = contentOf(resp);
  // The cited exceptions must still be in force; their current text goes into the notice.
  const cited = await citeExemptions(
    p,
    (stored.exemptions ?? []).map((e) => e.id),
    "status",
  );
  const content: ResponseContent = { ...stored, exemptions: stored.exemptions ? [...cited.values()] : undefined };
  const unit = req.unitId ? await getUnit(p.db, req.unitId) : null;
  const law = await loadLaw(p.db);
  const who = auditActor(actor, meta, "ppid_utama");

  // The notice is rendered and stored before the transaction (on PGlite a transaction holds the
  // whole database); inside it, the request and the response must still be what was rendered.
  const decidedAt = new Date();
  const prepared = await renderDocument(p, (verifyUrl, documentId) =>
    renderNotice(
      {
        request: req,
        decision: resp.decision,
        content,
        pasal17Labels: PASAL17,
        unitName: unit?.name ?? null,
        approver: { name: actor.name },
        decidedAt,
        objectionDays: law.objectionWindowDays,
      },
      verifyUrl,
      documentId,
    ),
  );

  return inTransaction(p, who, async (w) => {
    const locked = await loadForUpdate(w, requestId);
    const next = assertTransition(locked.state, "decide");
    const current = await lockResponse(w, responseId);
    if (current.status !== "submitted") throw new ValidationError({ status: "Tanggapan ini sudah ditinjau." });
    if (tookPart(current, actor.userId)) throw forbidden(SEPARATION);
    if (
      locked.updatedAt.getTime() !== req.updatedAt.getTime() ||
      current.decision !== resp.decision ||
      JSON.stringify(contentOf(current)) !== JSON.stringify(stored)
    ) {
      throw conflict("Permohonan atau tanggapan ini berubah saat Anda menyetujuinya. Muat ulang halaman, periksa, lalu setujui lagi.");
    }
    const issued = await issueDocument(w, p, {
      kind: NOTICE_KIND,
      title: `${current.decision === "ditolak" ? "Surat keputusan penolakan" : "Pemberitahuan tertulis"} permohonan informasi ${locked.number ?? ""}`,
      unitId: locked.unitId,
      subjectType: "ppid_request",
      subjectId: locked.id,
      prepared,
    });
    const fee = isGrant(current.decision) ? (content.biaya ?? 0) : null;
    await w.tx
      .update(ppidRequests)
      .set({
        state: next,
        decision: current.decision,
        informationStatus: content.informationStatus,
        decidedAt,
        noticeDocId: issued.document.id,
        fee,
        updatedAt: decidedAt,
      })
      .where(eq(ppidRequests.id, requestId));
    await addEvent(w, requestId, who, {
      kind: "decided",
      at: decidedAt,
      visibility: "staff",
      data: { responseId, decision: current.decision },
    });
    const { clock } = await refreshClock(w, locked, law);
    await addEvent(w, requestId, who, {
      kind: "notice_sent",
      at: decidedAt,
      visibility: "requester",
      note: DECISION_LABEL[current.decision],
      data: { documentId: issued.document.id, decision: current.decision },
    });
    const redactedId = current.decision === "dikabulkan_sebagian" ? content.redaction?.redactedFileId : undefined;
    if (redactedId) {
      await w.tx
        .update(ppidRequestFiles)
        .set({ forRequester: true })
        .where(and(eq(ppidRequestFiles.id, redactedId), eq(ppidRequestFiles.requestId, requestId)));
    }
    await w.tx.insert(ppidRequestFiles).values({
      requestId,
      purpose: "pemberitahuan",
      fileKey: issued.document.fileKey ?? issued.document.sha256,
      name: `pemberitahuan-tertulis-${locked.number ?? locked.id}.pdf`,
      mime: "application/pdf",
      size: issued.bytes.byteLength,
      forRequester: true,
      createdBy: actor.userId,
    });
    const [row] = await w.tx
      .update(ppidResponses)
      .set({
        status: "approved",
        content: content as unknown as Record<string, unknown>,
        reviewedBy: actor.userId,
        reviewedByName: actor.name,
        reviewedAt: decidedAt,
      })
      .where(eq(ppidResponses.id, responseId))
      .returning();
    await w.audit({
      action: "ppid.response.approved",
      subjectType: "ppid_request",
      subjectId: requestId,
      unitId: locked.unitId,
      before: { state: locked.state, responseStatus: "submitted" },
      after: {
        state: next,
        responseId,
        decision: current.decision,
        noticeDocId: issued.document.id,
        fee,
        clock: clock.status,
        exemptions: (content.exemptions ?? []).map((e) => e.nomor),
      },
    });
    await mailRequester(
      p,
      w,
      locked,
      "Pemberitahuan tertulis atas permohonan Anda",
      [
        `Yth. ${locked.name},`,
        "",
        `PPID Pemerintah Kabupaten Lebong telah memutus permohonan informasi Anda ${locked.number ?? ""} pada ${formatCivilDate("id", jakartaDate(decidedAt))}.`,
        `Keputusan: ${DECISION_LABEL[current.decision]}.`,
        fee ? `Biaya salinan: Rp${fee.toLocaleString("id-ID")}.` : "",
        "",
        "Pemberitahuan tertulis (PDF) dapat Anda unduh di halaman pelacakan permohonan, lewat tautan rahasia yang kami kirim saat permohonan diregistrasi (atau di akun Anda bila mengajukan dengan akun).",
        `Keaslian dokumen dapat diperiksa di ${issued.verifyUrl}`,
        "",
        `Bila tidak puas, Anda dapat mengajukan keberatan kepada Atasan PPID paling lambat ${law.objectionWindowDays} hari kerja sejak pemberitahuan ini diterima.`,
      ]
        .filter((l, i, a) => l !== "" || a[i - 1] !== "")
        .join("\n"),
    );
    return { response: row, noticeDocId: issued.document.id, state: next };
  });
}
