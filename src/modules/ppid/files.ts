/** Uploaded documents of a request: checked by content, stored content-addressed, listed on the request. */
import type { Platform } from "../../platform/context.ts";
import { sha256Hex } from "../../platform/crypto/keys.ts";
import { ValidationError } from "../../platform/http/errors.ts";
import { blobs } from "../../platform/storage/schema.ts";
import type { Work } from "../../platform/work.ts";
import { ppidRequestFiles } from "./schema.ts";

export const MAX_FILE_MB = 5;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
const ALLOWED: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedUpload extends Upload {
  mime: string;
  sha256: string;
}

/**
 * Accepts a PDF, JPEG or PNG up to 5 MB, judged by its bytes (never by its
 * name or declared type). Throws a ValidationError on `field` otherwise.
 */
export async function checkUpload(field: string, label: string, u: Upload): Promise<CheckedUpload> {
  if (u.bytes.byteLength === 0) throw new ValidationError({ [field]: `Berkas ${label} kosong.` });
  if (u.bytes.byteLength > MAX_FILE_BYTES) throw new ValidationError({ [field]: `Berkas ${label} paling besar ${MAX_FILE_MB} MB.` });
  const { fileTypeFromBuffer } = await import("file-type");
  const sniffed = await fileTypeFromBuffer(u.bytes);
  if (!sniffed || !(sniffed.mime in ALLOWED)) {
    throw new ValidationError({
      [field]: `Berkas ${label} harus PDF, JPG, atau PNG yang sebenarnya (isinya tidak dikenali sebagai salah satunya).`,
    });
  }
  const name = u.name.replace(/[^\p{L}\p{N}._ -]+/gu, "_").slice(0, 120) || `berkas.${sniffed.ext}`;
  return { name, bytes: u.bytes, mime: sniffed.mime, sha256: sha256Hex(u.bytes) };
}

/** Decodes a base64 file from the JSON API. */
export function fromBase64(f: { filename: string; contentBase64: string }): Upload {
  return { name: f.filename, bytes: new Uint8Array(Buffer.from(f.contentBase64.replace(/\s+/g, ""), "base64")) };
}

/** Stores the bytes (outside the transaction: content-addressed, so a rollback leaves only an unreferenced blob). */
export async function putUpload(p: Pick<Platform, "files">, u: CheckedUpload): Promise<string> {
  return (await p.files.put(u.bytes)).key;
}

/** Lists a stored file on the request, in the command's transaction. */
export async function attachFile(
  w: Work,
  requestId: string,
  purpose: FilePurpose,
  u: CheckedUpload,
  fileKey: string,
  opts: { by?: string | null; forRequester?: boolean } = {},
) {
  const [row] = await attachFiles(w, [{ requestId, purpose, upload: u, fileKey, ...opts }]);
  return row;
}

type FilePurpose = (typeof ppidRequestFiles.$inferInsert)["purpose"];

/** Lists several stored files with one insert each for blobs and file rows. */
export async function attachFiles(
  w: Work,
  list: readonly {
    requestId: string;
    purpose: FilePurpose;
    upload: CheckedUpload;
    fileKey: string;
    by?: string | null;
    forRequester?: boolean;
  }[],
) {
  if (!list.length) return [];
  await w.tx
    .insert(blobs)
    .values(list.map(({ upload: u }) => ({ sha256: u.sha256, size: u.bytes.byteLength, mime: u.mime })))
    .onConflictDoNothing();
  return w.tx
    .insert(ppidRequestFiles)
    .values(
      list.map((f) => ({
        requestId: f.requestId,
        purpose: f.purpose,
        fileKey: f.fileKey,
        name: f.upload.name,
        mime: f.upload.mime,
        size: f.upload.bytes.byteLength,
        forRequester: f.forRequester ?? false,
        createdBy: f.by ?? null,
      })),
    )
    .returning();
}
