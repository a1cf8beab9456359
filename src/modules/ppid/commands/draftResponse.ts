/**
 * The PPID Pelaksana of the request's OPD drafts the response (tanggapan):
 * the decision and the §1.6 content of the written notice. A refusal cites
 * DIK entries in force; a partial grant redacts the uploaded PDF here (before
 * the transaction) and keeps the original and the redacted copy as staff-only
 * files until approval. Saving can also submit it to the PPID Utama.
 */
import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { addEvent, loadForUpdate } from "../case.ts";
import { attachFile, type Upload } from "../files.ts";
import { getRequest } from "../queries.ts";
import { type CitedExemption, type DraftInput, draftForm, type ResponseContent, redactionRows } from "../response/content.ts";
import { type PreparedRedaction, prepareRedaction } from "../response/redaction.ts";
import { citeExemptions, mailApprovers, openResponse, type ResponseRow } from "../response/support.ts";
import { ppidResponses } from "../schema.ts";
import { assertTransition } from "../states.ts";

export interface DraftResult {
  responseId: string;
  status: ResponseRow["status"];
  /** For the officer: rules that matched nothing, and the pages rebuilt as images. */
  unmatched: { text: string; dikId: string }[];
  pagesRasterized: number[];
}

/** The stored content for the decision (only the items that belong to it). */
function contentOf(
  f: DraftInput,
  cited: Map<string, CitedExemption>,
  redaction: ResponseContent["redaction"],
  contributors: string[],
): ResponseContent {
  const base: ResponseContent = { informationStatus: f.informationStatus, contributors };
  switch (f.decision) {
    case "dikabulkan_seluruhnya":
    case "dikabulkan_sebagian": {
      const grant = {
        ...base,
        bentuk: f.bentuk,
        biaya: f.biaya ?? 0,
        caraPembayaran: (f.biaya ?? 0) > 0 ? f.caraPembayaran : undefined,
        caraPenyampaian: f.caraPenyampaian,
        waktuPenyampaian: f.waktuPenyampaian,
      };
      return f.decision === "dikabulkan_sebagian" ? { ...grant, exemptions: [...cited.values()], redaction } : grant;
    }
    case "ditolak":
      return { ...base, exemptions: [...cited.values()], alasan: f.alasan };
    case "tidak_dikuasai":
      return { ...base, pemegang: f.pemegang };
    case "belum_didokumentasikan":
      return { ...base, tersediaPada: f.tersediaPada };
  }
}

/**
 * Saves the draft (creating it, or revising a draft or a returned response);
 * with `submit` it goes to the PPID Utama for approval in the same step.
 */
export async function draftResponse(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  requestId: string,
  raw: Record<string, unknown>,
  opts: { upload?: Upload | null; submit?: boolean } = {},
): Promise<DraftResult> {
  const req = await getRequest(p.db, requestId);
  if (!req) throw notFound("Permohonan tidak ditemukan.");
  authorize(actor, "ppid.request.work", { unitId: req.unitId });
  assertTransition(req.state, "decide");
  const f = parseOrThrow(draftForm, { ...raw, redactions: redactionRows(raw) });
  const existing = await openResponse(p.db, requestId);
  if (existing?.status === "submitted") {
    throw new ValidationError({ decision: "Tanggapan sedang menunggu persetujuan PPID Utama dan tidak dapat diubah sekarang." });
  }
  const rules = f.redactions.filter((r) => r.text.trim());
  const cited =
    f.decision === "ditolak"
      ? await citeExemptions(p, f.dik, "dik")
      : f.decision === "dikabulkan_sebagian"
        ? await citeExemptions(
            p,
            rules.map((r) => r.dikId),
            "redaksi-1-dik",
          )
        : new Map<string, CitedExemption>();

  let prepared: PreparedRedaction | null = null;
  if (f.decision === "dikabulkan_sebagian") {
    const prev = (existing?.content as ResponseContent | undefined)?.redaction;
    prepared = await prepareRedaction(p, {
      upload: opts.upload ?? null,
      previous: prev ? { key: prev.originalFileKey, name: prev.fileName } : null,
      rules,
      exemptions: cited,
    });
  }

  const role = actor.roles.some((r) => r.role === "ppid_pelaksana") ? "ppid_pelaksana" : "ppid_utama";
  const who = auditActor(actor, meta, role);
  return inTransaction(p, who, async (w) => {
    const locked = await loadForUpdate(w, requestId);
    assertTransition(locked.state, "decide");
    const current = await openResponse(w.tx, requestId);
    if (current?.status === "submitted") {
      throw new ValidationError({ decision: "Tanggapan sedang menunggu persetujuan PPID Utama dan tidak dapat diubah sekarang." });
    }
    const prevContent = current?.content as ResponseContent | undefined;
    let redaction: ResponseContent["redaction"];
    if (prepared) {
      let originalFileId = prevContent?.redaction?.originalFileId ?? "";
      if (prepared.newOriginal) {
        const row = await attachFile(w, requestId, "lampiran", prepared.newOriginal.upload, prepared.newOriginal.key, {
          by: actor.userId,
          forRequester: false,
        });
        originalFileId = row.id;
      }
      const redactedRow = await attachFile(w, requestId, "informasi_redaksi", prepared.redacted.upload, prepared.redacted.key, {
        by: actor.userId,
        forRequester: false,
      });
      redaction = {
        originalFileId,
        originalFileKey: prepared.originalKey,
        redactedFileId: redactedRow.id,
        fileName: prepared.originalName,
        pageCount: prepared.pageCount,
        pagesRasterized: prepared.pagesRasterized,
        reasons: prepared.reasons,
        unmatched: prepared.unmatched,
        rules: rules.map((r) => ({ text: r.text.trim(), dikId: r.dikId })),
      };
    }
    const contributors = [...new Set([...(prevContent?.contributors ?? []), actor.userId])];
    const content = contentOf(f, cited, redaction, contributors);
    const status = opts.submit ? "submitted" : "draft";
    let row: ResponseRow;
    if (current) {
      [row] = await w.tx
        .update(ppidResponses)
        .set({
          status,
          decision: f.decision,
          content: content as unknown as Record<string, unknown>,
          draftedBy: actor.userId,
          draftedByName: actor.name,
          draftedAt: new Date(),
        })
        .where(eq(ppidResponses.id, current.id))
        .returning();
    } else {
      [row] = await w.tx
        .insert(ppidResponses)
        .values({
          requestId,
          status,
          decision: f.decision,
          content: content as unknown as Record<string, unknown>,
          draftedBy: actor.userId,
          draftedByName: actor.name,
        })
        .returning();
    }
    // The audit records the decision and what was cited; never the withheld phrases.
    await w.audit({
      action: current ? "ppid.response.revised" : "ppid.response.drafted",
      subjectType: "ppid_response",
      subjectId: row.id,
      unitId: locked.unitId,
      before: current ? { status: current.status, decision: current.decision } : null,
      after: {
        requestId,
        status,
        decision: f.decision,
        exemptions: [...cited.values()].map((e) => e.nomor),
        redactionReasons: redaction?.reasons ?? null,
      },
    });
    await addEvent(w, requestId, who, {
      kind: current ? "response_revised" : "response_drafted",
      visibility: "staff",
      data: { responseId: row.id, decision: f.decision },
    });
    if (opts.submit) await mailApprovers(p, w, locked, row);
    return {
      responseId: row.id,
      status: row.status,
      unmatched: redaction?.unmatched ?? [],
      pagesRasterized: redaction?.pagesRasterized ?? [],
    };
  });
}
