import { inArray } from "drizzle-orm";
import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import { holidays, invalidateCalendar } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import { sha256Hex } from "../../../platform/crypto/keys.ts";
import type { Executor } from "../../../platform/db/client.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { type FieldErrors, ValidationError } from "../../../platform/http/errors.ts";
import { fieldErrors } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { realDate } from "../deadline.ts";
import { HOLIDAY_KINDS, holidaySchema, removeSchema } from "../holidays.ts";
import {
  decodeIcs,
  type HolidayKind,
  IMPORT_KIND_CHOICES,
  MAX_ICS_BYTES,
  MAX_IMPORT_ROWS,
  type ParsedHoliday,
  parseHolidayIcs,
} from "../ical.ts";
import { ensureCalendarJob, sendCalendarChanged } from "../jobs.ts";

/** A preview is confirmed within this time, or the file is uploaded again. */
const PREVIEW_TTL_MS = 60 * 60_000;

export const importFormSchema = z.object({
  kind: z.preprocess(
    (v) => (v === undefined || v === "" ? "libur_nasional" : v),
    z.enum(IMPORT_KIND_CHOICES, { error: "Pilih jenis hari libur." }),
  ),
  basis: holidaySchema.shape.basis,
  reason: removeSchema.shape.reason,
});

export interface ImportUpload {
  kind?: unknown;
  basis?: unknown;
  reason?: unknown;
  /** The uploaded file, or null when none was chosen. */
  file: { name: string; bytes: Uint8Array } | null;
}

export type RowStatus = "baru" | "sudah_ada" | "ganda";
export interface PreviewRow extends ParsedHoliday {
  status: RowStatus;
}

export interface ImportPreview {
  fileName: string;
  sha256: string;
  basis: string;
  reason: string;
  rows: PreviewRow[];
  cancelled: number;
  newCount: number;
  /** The signed rows to post back on confirmation (nothing is stored between the two steps). */
  payload: string;
  signature: string;
}

const rowSchema = z.object({
  date: z.string().refine(realDate),
  kind: z.enum(HOLIDAY_KINDS),
  name: holidaySchema.shape.name,
});
const payloadSchema = z.object({
  v: z.literal(1),
  by: z.string(),
  at: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  basis: holidaySchema.shape.basis,
  reason: removeSchema.shape.reason,
  rows: z.array(rowSchema).min(1).max(MAX_IMPORT_ROWS),
});
type Payload = z.infer<typeof payloadSchema>;

const key = (r: { date: string; kind: string }) => `${r.date}|${r.kind}`;

async function existingKeys(db: Executor, rows: { date: string }[]): Promise<Set<string>> {
  const dates = [...new Set(rows.map((r) => r.date))];
  if (dates.length === 0) return new Set();
  const found = await db.select({ date: holidays.date, kind: holidays.kind }).from(holidays).where(inArray(holidays.date, dates));
  return new Set(found.map(key));
}

/** The file checks, as a message for the `berkas` field, or the parsed rows. */
function readFile(
  file: ImportUpload["file"],
  kind: (typeof IMPORT_KIND_CHOICES)[number],
): { error: string } | { error?: undefined; rows: ParsedHoliday[]; cancelled: number } {
  if (!file || file.bytes.byteLength === 0) return { error: "Pilih berkas kalender .ics yang akan diimpor." };
  if (file.bytes.byteLength > MAX_ICS_BYTES) {
    return {
      error: `Berkas terlalu besar: paling banyak ${MAX_ICS_BYTES / 1024} KB. Kalender hari libur setahun biasanya hanya beberapa KB.`,
    };
  }
  const text = decodeIcs(file.bytes);
  if (text === null) {
    return {
      error:
        "Berkas ini bukan kalender iCalendar (.ics): isinya harus diawali BEGIN:VCALENDAR. Unduh kalendernya dalam format iCal (.ics).",
    };
  }
  const parsed = parseHolidayIcs(text, kind);
  return parsed.ok ? { rows: parsed.rows, cancelled: parsed.cancelled } : { error: parsed.error };
}

/**
 * Step 1 of the import: reads the uploaded .ics and says for each day whether it is new, already
 * entered (same date and kind) or repeated in the file. Changes nothing.
 */
export async function previewHolidayImport(p: Platform, actor: Actor | null, input: ImportUpload): Promise<ImportPreview> {
  authorize(actor, "calendar.manage");
  const form = importFormSchema.safeParse(input);
  const errors: FieldErrors = form.success ? {} : fieldErrors(form.error);
  const read = readFile(input.file, form.success ? form.data.kind : "libur_nasional");
  if (read.error !== undefined) errors.berkas = read.error;
  if (!form.success || read.error !== undefined) throw new ValidationError(errors);

  const present = await existingKeys(p.db, read.rows);
  const seen = new Set<string>();
  const rows: PreviewRow[] = read.rows.map((r) => {
    const k = key(r);
    const status: RowStatus = present.has(k) ? "sudah_ada" : seen.has(k) ? "ganda" : "baru";
    seen.add(k);
    return { ...r, status };
  });
  const sha256 = sha256Hex(input.file?.bytes ?? new Uint8Array());
  const body: Payload = {
    v: 1,
    by: actor.userId,
    at: Date.now(),
    sha256,
    basis: form.data.basis,
    reason: form.data.reason,
    rows: rows.filter((r) => r.status === "baru").map(({ date, kind, name }) => ({ date, kind, name })),
  };
  const payload = JSON.stringify(body);
  return {
    fileName: (input.file?.name ?? "").slice(0, 200),
    sha256,
    basis: body.basis,
    reason: body.reason,
    rows,
    cancelled: read.cancelled,
    newCount: body.rows.length,
    payload,
    signature: p.key.sign(payload),
  };
}

const stale = "Pratinjau impor ini tidak sah atau sudah kedaluwarsa. Unggah berkasnya lagi.";

/**
 * Step 2: inserts the new days of a confirmed preview in one transaction, with one audit event
 * "holiday.imported" (the dates, the file's SHA-256, the reason) and the calendar.changed signal.
 * Days entered since the preview are skipped, not duplicated.
 */
export async function importHolidays(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  raw: { payload?: unknown; signature?: unknown },
): Promise<{ dates: string[]; skipped: string[] }> {
  authorize(actor, "calendar.manage");
  const text = typeof raw.payload === "string" ? raw.payload : "";
  const sig = typeof raw.signature === "string" ? raw.signature : "";
  if (!text || !sig || !p.key.verify(text, sig)) throw new ValidationError({ berkas: stale }, stale);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError({ berkas: stale }, stale);
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.by !== actor.userId || Date.now() - parsed.data.at > PREVIEW_TTL_MS) {
    throw new ValidationError({ berkas: stale }, stale);
  }
  const { sha256, basis, reason, rows } = parsed.data;

  await ensureCalendarJob(p);
  const out = await inTransaction(p, auditActor(actor, meta, "admin"), async (w) => {
    const present = await existingKeys(w.tx, rows);
    const fresh = new Map<string, { date: string; kind: HolidayKind; name: string }>();
    for (const r of rows) if (!present.has(key(r)) && !fresh.has(key(r))) fresh.set(key(r), r);
    if (fresh.size === 0) {
      throw new ValidationError({ berkas: "Semua tanggal di berkas ini sudah tercatat; tidak ada yang diimpor." });
    }
    const inserted = await w.tx
      .insert(holidays)
      .values([...fresh.values()].map((r) => ({ ...r, basis })))
      .onConflictDoNothing()
      .returning({ date: holidays.date, kind: holidays.kind });
    const dates = [...new Set(inserted.map((r) => r.date))].sort();
    const skipped = rows.filter((r) => !inserted.some((i) => key(i) === key(r))).map((r) => r.date);
    await w.audit({
      action: "holiday.imported",
      subjectType: "holiday_import",
      subjectId: sha256,
      after: { sha256, basis, reason, dates, rows: inserted.map((r) => `${r.date} ${r.kind}`), skipped },
    });
    await sendCalendarChanged(w, "imported", dates, reason);
    return { dates, skipped };
  });
  invalidateCalendar();
  return out;
}
