import type { Context } from "hono";
import type { AppEnv } from "../../platform/http/env.ts";

export const MAX_UPLOAD_MB = 20;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** Multipart overhead allowed on top of the file itself. */
export const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

export type UploadResult = { ok: true; bytes: Uint8Array } | { ok: false; error: "missing" | "not_pdf" | "too_large" };

/**
 * Reads the `berkas` field of a multipart form and checks by content (magic
 * bytes via file-type), never by name or declared type, that it is a PDF.
 * Nothing is stored.
 */
export async function readPdfUpload(c: Context<AppEnv>): Promise<UploadResult> {
  const type = c.req.header("content-type") ?? "";
  if (!type.includes("multipart/form-data")) return { ok: false, error: "missing" };
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    return { ok: false, error: "missing" };
  }
  const file = body.berkas;
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: "missing" };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: "too_large" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { fileTypeFromBuffer } = await import("file-type");
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed?.mime !== "application/pdf") return { ok: false, error: "not_pdf" };
  return { ok: true, bytes };
}
