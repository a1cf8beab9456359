/**
 * The redaction step of a partial grant, run when the officer saves the draft
 * (outside the transaction: it takes about a second a page). The original and
 * the redacted copy are stored content-addressed; the command lists them on the
 * request in its transaction. Only reasons, pages and counts leave this file:
 * the matched words (Redaction.text) are never returned or stored.
 */

import type { Platform } from "../../../platform/context.ts";
import { sha256Hex } from "../../../platform/crypto/keys.ts";
import { HttpError, ValidationError } from "../../../platform/http/errors.ts";
import { redactionReasons, redactPdf } from "../../../platform/pdf/index.ts";
import { type CheckedUpload, checkUpload, putUpload, type Upload } from "../files.ts";
import { type CitedExemption, exemptionReason, MAX_REDACT_PAGES } from "./content.ts";

export interface PreparedRedaction {
  /** A new upload to list as "lampiran" (null when the stored original was used again). */
  newOriginal: { upload: CheckedUpload; key: string } | null;
  originalKey: string;
  originalName: string;
  redacted: { upload: CheckedUpload; key: string };
  pageCount: number;
  pagesRasterized: number[];
  reasons: { reason: string; pages: number[]; count: number }[];
  unmatched: { text: string; dikId: string }[];
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const { PDFDocument } = await import("pdf-lib");
  try {
    return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  } catch {
    throw new ValidationError({
      berkas: "Berkas PDF tidak dapat dibaca (rusak atau terenkripsi). Simpan ulang sebagai PDF biasa lalu unggah lagi.",
    });
  }
}

export async function prepareRedaction(
  p: Pick<Platform, "files">,
  input: {
    upload: Upload | null;
    previous: { key: string; name: string } | null;
    rules: { text: string; dikId: string }[];
    exemptions: Map<string, CitedExemption>;
  },
): Promise<PreparedRedaction> {
  const rules = input.rules.filter((r) => r.text.trim());
  if (rules.length === 0) {
    throw new ValidationError({ "redaksi-1-teks": "Tuliskan sedikitnya satu kata atau frasa yang dihitamkan, dengan alasannya." });
  }
  let bytes: Uint8Array;
  let name: string;
  let newOriginal: PreparedRedaction["newOriginal"] = null;
  if (input.upload?.bytes.byteLength) {
    const checked = await checkUpload("berkas", "informasi", input.upload);
    if (checked.mime !== "application/pdf") throw new ValidationError({ berkas: "Dokumen informasi yang diredaksi harus berupa PDF." });
    bytes = checked.bytes;
    name = checked.name;
    newOriginal = { upload: checked, key: "" };
  } else if (input.previous) {
    const stored = await p.files.get(input.previous.key);
    if (!stored) throw new ValidationError({ berkas: "Dokumen yang diunggah sebelumnya tidak ditemukan lagi. Unggah dokumen PDF-nya." });
    bytes = new Uint8Array(stored);
    name = input.previous.name;
  } else {
    throw new ValidationError({ berkas: "Unggah dokumen PDF informasi yang akan diberikan sebagian." });
  }
  const pages = await pageCount(bytes);
  if (pages > MAX_REDACT_PAGES) {
    throw new ValidationError({
      berkas: `Dokumen ${pages} halaman: redaksi di sini paling banyak ${MAX_REDACT_PAGES} halaman. Pisahkan dokumen menjadi beberapa bagian.`,
    });
  }
  const reasonOf = (dikId: string) => {
    const e = input.exemptions.get(dikId);
    if (!e) throw new Error(`exemption ${dikId} not loaded`);
    return exemptionReason(e);
  };
  let result: Awaited<ReturnType<typeof redactPdf>>;
  try {
    result = await redactPdf(
      bytes,
      rules.map((r) => ({ text: r.text.trim(), reason: reasonOf(r.dikId) })),
    );
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new ValidationError({ berkas: (e as Error).message });
  }
  if (result.redactions.length === 0) {
    throw new ValidationError({
      "redaksi-1-teks":
        "Tidak satu pun frasa ditemukan sebagai teks di dokumen (periksa ejaan; teks hasil pindaian tanpa lapisan teks tidak dapat dicari), sehingga tidak ada yang dihitamkan.",
    });
  }
  const unmatched = rules
    .filter((r) => result.unmatched.some((u) => u.text === r.text.trim() && u.reason === reasonOf(r.dikId)))
    .map((r) => ({ text: r.text.trim(), dikId: r.dikId }));
  if (newOriginal) newOriginal.key = await putUpload(p, newOriginal.upload);
  const redactedUpload: CheckedUpload = {
    name: `redaksi-${name}`.slice(0, 120),
    bytes: result.pdf,
    mime: "application/pdf",
    sha256: sha256Hex(result.pdf),
  };
  const redactedKey = await putUpload(p, redactedUpload);
  return {
    newOriginal,
    originalKey: newOriginal?.key ?? input.previous?.key ?? "",
    originalName: name,
    redacted: { upload: redactedUpload, key: redactedKey },
    pageCount: pages,
    pagesRasterized: result.pagesRasterized,
    reasons: redactionReasons(result.redactions),
    unmatched,
  };
}
