/** What the response commands share: the open response, cited DIK entries, who took part, mails to the approvers. */
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Platform } from "../../../platform/context.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import type { Work } from "../../../platform/work.ts";
import { staffWithRole } from "../../accounts/index.ts";
import { getExemption } from "../../dip/index.ts";
import type { PpidRequest } from "../case.ts";
import { ppidResponses } from "../schema.ts";
import { DECISION_LABEL } from "../states.ts";
import type { CitedExemption, ResponseContent } from "./content.ts";

export type ResponseRow = typeof ppidResponses.$inferSelect;

/** The response still being worked on (draft, returned or submitted), if any. */
export async function openResponse(db: Pick<Work, "tx">["tx"] | Platform["db"], requestId: string): Promise<ResponseRow | null> {
  const [row] = await db
    .select()
    .from(ppidResponses)
    .where(and(eq(ppidResponses.requestId, requestId), inArray(ppidResponses.status, ["draft", "returned", "submitted"])))
    .orderBy(desc(ppidResponses.draftedAt))
    .limit(1);
  return row ?? null;
}

/** Loads the cited DIK entries; each must exist and be in force now. */
export async function citeExemptions(p: Platform, ids: string[], field: string): Promise<Map<string, CitedExemption>> {
  const out = new Map<string, CitedExemption>();
  for (const id of [...new Set(ids)]) {
    const e = await getExemption(p, id);
    if (!e) throw new ValidationError({ [field]: "Informasi yang dikecualikan yang dipilih tidak ditemukan." });
    if (!e.active) {
      throw new ValidationError({
        [field]: `Pengecualian ${e.nomor} tidak berlaku lagi (dicabut atau lewat jangka waktunya): tidak dapat dijadikan alasan.`,
      });
    }
    out.set(id, {
      id: e.id,
      nomor: e.nomor,
      pasal17: e.pasal17,
      informasi: e.informasi,
      dasarHukumSektoral: e.dasarHukumSektoral,
      konsekuensi: e.konsekuensi,
      jangkaWaktu: e.jangkaWaktu,
      expiresOn: e.expiresOn,
      ujiKonsekuensiSummary: e.ujiKonsekuensiSummary,
    });
  }
  return out;
}

export const contentOf = (r: ResponseRow) => r.content as unknown as ResponseContent;

/** Whether this person drafted, changed or submitted the response (and so may not approve it). */
export function tookPart(resp: Pick<ResponseRow, "draftedBy" | "content">, userId: string): boolean {
  return resp.draftedBy === userId || (contentOf(resp as ResponseRow).contributors ?? []).includes(userId);
}

/** Mails every PPID Utama who had no hand in it that a response awaits approval. */
export async function mailApprovers(
  p: Pick<Platform, "config">,
  w: Work,
  req: Pick<PpidRequest, "id" | "number">,
  resp: ResponseRow,
): Promise<void> {
  const link = `${p.config.baseUrl}/ppid/kelola/permohonan/${req.id}/tanggapan/${resp.id}/tinjau`;
  for (const u of await staffWithRole(w.tx, "ppid_utama", null)) {
    if (tookPart(resp, u.id)) continue;
    await w.mail({
      to: u.email,
      subject: `Tanggapan menunggu persetujuan: ${req.number ?? req.id}`,
      text: `Yth. ${u.name},\n\n${resp.draftedByName} mengajukan tanggapan atas permohonan ${req.number ?? ""} (${DECISION_LABEL[resp.decision]}) untuk disetujui.\n\nTinjau di: ${link}\n\n—\nSatu Pintu Kabupaten Lebong`,
    });
  }
}
