/** Files offered to the archive: judged by their bytes (never by name or declared type alone). */
import { sha256Hex } from "../../platform/crypto/keys.ts";
import { ValidationError } from "../../platform/http/errors.ts";

export const MAX_FILE_MB = 25;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
export const MAX_FILES = 20;

/** Accepted content types, with the name a person knows them by and the file name endings that go with them. */
export const ACCEPTED: Record<string, { label: string; exts: string[] }> = {
  "application/pdf": { label: "PDF", exts: ["pdf"] },
  "image/jpeg": { label: "JPEG", exts: ["jpg", "jpeg", "jpe"] },
  "image/png": { label: "PNG", exts: ["png"] },
  "image/tiff": { label: "TIFF", exts: ["tif", "tiff"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { label: "Word (DOCX)", exts: ["docx"] },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { label: "Excel (XLSX)", exts: ["xlsx"] },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": { label: "PowerPoint (PPTX)", exts: ["pptx"] },
  "application/vnd.oasis.opendocument.text": { label: "ODT", exts: ["odt"] },
  "application/vnd.oasis.opendocument.spreadsheet": { label: "ODS", exts: ["ods"] },
  "application/vnd.oasis.opendocument.presentation": { label: "ODP", exts: ["odp"] },
  "application/x-cfb": { label: "Office lama (DOC/XLS/PPT)", exts: ["doc", "xls", "ppt"] },
};
const KNOWN_EXTS = new Map(Object.entries(ACCEPTED).flatMap(([mime, a]) => a.exts.map((e) => [e, mime] as const)));

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
  sha256: string;
}

const cleanName = (name: string, ext: string) => name.replace(/[^\p{L}\p{N}._ ()-]+/gu, "_").slice(0, 160) || `berkas.${ext}`;

/** Checks one file; throws a ValidationError on `field` naming the file and what is wrong. */
export async function checkFile(field: string, u: Upload): Promise<CheckedFile> {
  const shown = u.name || "tanpa nama";
  if (u.bytes.byteLength === 0) throw new ValidationError({ [field]: `Berkas "${shown}" kosong (0 bita). Pilih berkas yang berisi.` });
  if (u.bytes.byteLength > MAX_FILE_BYTES) {
    throw new ValidationError({ [field]: `Berkas "${shown}" terlalu besar: paling besar ${MAX_FILE_MB} MB per berkas.` });
  }
  const { fileTypeFromBuffer } = await import("file-type");
  const sniffed = await fileTypeFromBuffer(u.bytes);
  const accepted = sniffed ? ACCEPTED[sniffed.mime] : undefined;
  if (!sniffed || !accepted) {
    throw new ValidationError({
      [field]: `Isi berkas "${shown}" tidak dikenali sebagai PDF, gambar (JPEG, PNG, TIFF), atau dokumen perkantoran (Word, Excel, PowerPoint, ODF).`,
    });
  }
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(u.name)?.[1]?.toLowerCase();
  const claimed = ext ? KNOWN_EXTS.get(ext) : undefined;
  if (claimed && claimed !== sniffed.mime) {
    throw new ValidationError({
      [field]: `Berkas "${shown}" bernama .${ext} (${ACCEPTED[claimed].label}) tetapi isinya ${accepted.label}. Periksa berkasnya lalu unggah lagi.`,
    });
  }
  return { name: cleanName(u.name, sniffed.ext), bytes: u.bytes, mime: sniffed.mime, sha256: sha256Hex(u.bytes) };
}

/** Checks every file (at least one, at most MAX_FILES); the first problem is reported. */
export async function checkFiles(field: string, files: Upload[]): Promise<CheckedFile[]> {
  if (files.length === 0) throw new ValidationError({ [field]: "Pilih paling sedikit satu berkas." });
  if (files.length > MAX_FILES) throw new ValidationError({ [field]: `Paling banyak ${MAX_FILES} berkas sekaligus.` });
  const out: CheckedFile[] = [];
  for (const f of files) out.push(await checkFile(field, f));
  const seen = new Set<string>();
  for (const f of out) {
    if (seen.has(f.sha256)) throw new ValidationError({ [field]: `Berkas "${f.name}" dipilih dua kali.` });
    seen.add(f.sha256);
  }
  return out;
}
