/**
 * The attachments of a reply threaded into a request become the requester's
 * files on it ("lampiran", downloadable by the requester), each checked like
 * any upload (PDF, JPEG or PNG by content, at most 5 MB). The rest stay with
 * the mail only, named with the reason in the request's event.
 */
import type { Platform } from "../../../platform/context.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import type { Work } from "../../../platform/work.ts";
import { attachFile, type CheckedUpload, checkUpload } from "../files.ts";
import type { InboundAttachment } from "./schema.ts";

export interface CheckedAttachments {
  ok: { upload: CheckedUpload; fileKey: string }[];
  /** Not copied onto the request, with the reason (in Bahasa Indonesia). */
  skipped: { name: string; reason: string }[];
}

/** Checks a mail's attachments (outside any transaction: reads the file store when no bytes are given). */
export async function checkAttachments(
  p: Pick<Platform, "files">,
  attachments: InboundAttachment[],
  bytesOf?: (a: InboundAttachment, i: number) => Uint8Array,
): Promise<CheckedAttachments> {
  const out: CheckedAttachments = { ok: [], skipped: [] };
  for (const [i, a] of attachments.entries()) {
    const bytes = bytesOf ? bytesOf(a, i) : await p.files.get(a.fileKey).then((b) => (b ? new Uint8Array(b) : null));
    if (!bytes) {
      out.skipped.push({ name: a.name, reason: "Berkas lampiran tidak ditemukan." });
      continue;
    }
    try {
      out.ok.push({ upload: await checkUpload("lampiran", `lampiran ${a.name}`, { name: a.name, bytes }), fileKey: a.fileKey });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      out.skipped.push({ name: a.name, reason: e.fields.lampiran ?? "Berkas ditolak." });
    }
  }
  return out;
}

/** Lists the checked attachments on the request as the requester's files, in the caller's transaction; returns what the event records. */
export async function copyAttachments(w: Work, requestId: string, checked: CheckedAttachments, by: string | null) {
  const files: { id: string; name: string }[] = [];
  for (const { upload, fileKey } of checked.ok) {
    const row = await attachFile(w, requestId, "lampiran", upload, fileKey, { by, forRequester: true });
    files.push({ id: row.id, name: row.name });
  }
  return { files, skipped: checked.skipped };
}
