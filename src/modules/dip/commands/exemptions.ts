/**
 * The life of an exception (DIK): proposed with its uji konsekuensi by the
 * OPD, set (ditetapkan) or returned by the PPID Utama, who must not be the
 * proposer; revoked with a reason; expired by the daily job.
 */
import { and, desc, eq, isNotNull, like, lt, sql } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import { jakartaDate } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { conflict, forbidden, notFound, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction, SYSTEM_ACTOR, type Work } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { getUnit } from "../../organisation/index.ts";
import { dikItems, ujiKonsekuensi } from "../schema.ts";
import { approveSchema, dikSchema, returnSchema, revokeSchema } from "../validation.ts";

type Row = typeof dikItems.$inferSelect;

const snapshot = (r: Row) => ({
  nomor: r.nomor,
  unitId: r.unitId,
  informasi: r.informasi,
  pasal17: r.pasal17,
  dasarHukumSektoral: r.dasarHukumSektoral,
  keputusan: r.keputusan,
  jangkaWaktu: r.jangkaWaktu,
  expiresOn: r.expiresOn,
  status: r.status,
  nomorSk: r.nomorSk,
  tanggalPenetapan: r.tanggalPenetapan,
});

async function nextNomor(w: Work, year: string): Promise<string> {
  await w.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`dik:${year}`}))`);
  const [last] = await w.tx
    .select({ nomor: dikItems.nomor })
    .from(dikItems)
    .where(like(dikItems.nomor, `DIK-${year}-%`))
    .orderBy(desc(dikItems.nomor))
    .limit(1);
  const n = last ? Number(last.nomor.slice(`DIK-${year}-`.length)) + 1 : 1;
  return `DIK-${year}-${String(n).padStart(3, "0")}`;
}

function split(input: ReturnType<typeof dikSchema.parse>) {
  const { dilakukan, dokumen, yangDikecualikan, analisisDasarHukum, kesimpulan, tim, tanggalUji, expiresOn, ...dik } = input;
  const uji = {
    dilakukan,
    dokumen,
    yangDikecualikan,
    analisisDasarHukum,
    analisisKerugian: dik.konsekuensi,
    pertimbanganKepentinganPublik: dik.pertimbanganKepentinganPublik,
    kesimpulan,
    tim,
    tanggal: tanggalUji,
  };
  return { dik: { ...dik, expiresOn: expiresOn || null }, uji };
}

/**
 * An OPD proposes an exception with its uji konsekuensi; with `id`, a returned
 * (or still pending) proposal is corrected and proposed again.
 */
export async function proposeExemption(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown, id?: string): Promise<Row> {
  authorize(actor, "dik.propose");
  const input = parseOrThrow(dikSchema, raw);
  authorize(actor, "dik.propose", { unitId: input.unitId });
  const unit = await getUnit(p.db, input.unitId);
  if (unit?.status !== "active") throw new ValidationError({ unitId: "Pilih perangkat daerah yang masih aktif." });
  const { dik, uji } = split(input);
  return inTransaction(p, auditActor(actor, meta), async (w) => {
    if (!id) {
      const nomor = await nextNomor(w, jakartaDate(Date.now()).slice(0, 4));
      const [row] = await w.tx
        .insert(dikItems)
        .values({ ...dik, nomor, status: "proposed", proposedBy: actor.userId })
        .returning();
      await w.tx.insert(ujiKonsekuensi).values({ ...uji, dikId: row.id, recordedBy: actor.userId });
      await w.audit({
        action: "dik.proposed",
        subjectType: "dik_item",
        subjectId: row.id,
        after: { ...snapshot(row), uji },
        unitId: row.unitId,
      });
      return row;
    }
    const [current] = await w.tx.select().from(dikItems).where(eq(dikItems.id, id)).for("update");
    if (!current) throw notFound("Usulan pengecualian tidak ditemukan.");
    authorize(actor, "dik.propose", { unitId: current.unitId });
    if (current.status !== "proposed" && current.status !== "dikembalikan") {
      throw conflict("Pengecualian yang sudah ditetapkan tidak dapat diubah; cabut lalu usulkan yang baru.");
    }
    const [row] = await w.tx
      .update(dikItems)
      .set({ ...dik, status: "proposed", returnNote: null, proposedBy: actor.userId, updatedAt: new Date() })
      .where(eq(dikItems.id, id))
      .returning();
    // The proposal's uji is corrected with it; uji done later (on a request, a Majelis order) are added rows.
    const [first] = await w.tx.select({ id: ujiKonsekuensi.id }).from(ujiKonsekuensi).where(eq(ujiKonsekuensi.dikId, id)).limit(1);
    if (first)
      await w.tx
        .update(ujiKonsekuensi)
        .set({ ...uji, recordedBy: actor.userId })
        .where(eq(ujiKonsekuensi.id, first.id));
    else await w.tx.insert(ujiKonsekuensi).values({ ...uji, dikId: id, recordedBy: actor.userId });
    await w.audit({
      action: "dik.resubmitted",
      subjectType: "dik_item",
      subjectId: id,
      before: snapshot(current),
      after: { ...snapshot(row), uji },
      unitId: row.unitId,
    });
    return row;
  });
}

/** Loads a proposal for the PPID Utama's decision: pending, and not proposed by the same person. */
async function pendingForDecision(w: Work, actor: Actor, id: string): Promise<Row> {
  const [current] = await w.tx.select().from(dikItems).where(eq(dikItems.id, id)).for("update");
  if (!current) throw notFound("Usulan pengecualian tidak ditemukan.");
  if (current.status !== "proposed") throw conflict("Usulan ini sudah diputus.");
  if (current.proposedBy === actor.userId) {
    throw forbidden("Pengusul tidak boleh memutus usulannya sendiri: penetapan dilakukan oleh PPID Utama yang lain (pemisahan tugas).");
  }
  return current;
}

/** The PPID Utama sets the exception (penetapan klasifikasi, PP 61/2010) with the SK's number, date and place. */
export async function approveExemption(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown): Promise<Row> {
  authorize(actor, "dik.decide");
  const input = parseOrThrow(approveSchema, raw);
  return inTransaction(p, auditActor(actor, meta, "ppid_utama"), async (w) => {
    const current = await pendingForDecision(w, actor, id);
    if (current.expiresOn !== null && current.expiresOn <= input.tanggalPenetapan) {
      throw new ValidationError({ tanggalPenetapan: "Tanggal berakhir pengecualian sudah lewat: kembalikan usulan untuk diperbaiki." });
    }
    const [row] = await w.tx
      .update(dikItems)
      .set({ ...input, status: "ditetapkan", approvedBy: actor.userId, updatedAt: new Date() })
      .where(eq(dikItems.id, id))
      .returning();
    await w.audit({
      action: "dik.ditetapkan",
      subjectType: "dik_item",
      subjectId: id,
      before: snapshot(current),
      after: snapshot(row),
      unitId: row.unitId,
    });
    return row;
  });
}

/** The PPID Utama returns a proposal to the OPD with what to correct. */
export async function returnExemption(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown): Promise<Row> {
  authorize(actor, "dik.decide");
  const { note } = parseOrThrow(returnSchema, raw);
  return inTransaction(p, auditActor(actor, meta, "ppid_utama"), async (w) => {
    const current = await pendingForDecision(w, actor, id);
    const [row] = await w.tx
      .update(dikItems)
      .set({ status: "dikembalikan", returnNote: note, updatedAt: new Date() })
      .where(eq(dikItems.id, id))
      .returning();
    await w.audit({
      action: "dik.dikembalikan",
      subjectType: "dik_item",
      subjectId: id,
      before: snapshot(current),
      after: { ...snapshot(row), note },
      unitId: row.unitId,
    });
    return row;
  });
}

/** The PPID Utama revokes an exception in force (the information becomes open) with a reason. */
export async function revokeExemption(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown): Promise<Row> {
  authorize(actor, "dik.decide");
  const { reason } = parseOrThrow(revokeSchema, raw);
  return inTransaction(p, auditActor(actor, meta, "ppid_utama"), async (w) => {
    const [current] = await w.tx.select().from(dikItems).where(eq(dikItems.id, id)).for("update");
    if (!current) throw notFound("Pengecualian tidak ditemukan.");
    if (current.status !== "ditetapkan") throw conflict("Hanya pengecualian yang berlaku yang dapat dicabut.");
    const [row] = await w.tx
      .update(dikItems)
      .set({ status: "dicabut", revokedReason: reason, revokedBy: actor.userId, revokedAt: new Date(), updatedAt: new Date() })
      .where(eq(dikItems.id, id))
      .returning();
    await w.audit({
      action: "dik.dicabut",
      subjectType: "dik_item",
      subjectId: id,
      before: snapshot(current),
      after: { ...snapshot(row), reason },
      unitId: row.unitId,
    });
    return row;
  });
}

/** The daily job: exceptions whose end date has passed (in Asia/Jakarta) become kedaluwarsa, each with its audit event. */
export async function expireExemptions(p: Platform, now: Date = new Date()): Promise<number> {
  const today = jakartaDate(now);
  return inTransaction(p, SYSTEM_ACTOR, async (w) => {
    const rows = await w.tx
      .update(dikItems)
      .set({ status: "kedaluwarsa", updatedAt: now })
      .where(and(eq(dikItems.status, "ditetapkan"), isNotNull(dikItems.expiresOn), lt(dikItems.expiresOn, today)))
      .returning();
    for (const r of rows) {
      await w.audit({
        action: "dik.kedaluwarsa",
        subjectType: "dik_item",
        subjectId: r.id,
        after: { nomor: r.nomor, expiresOn: r.expiresOn },
        unitId: r.unitId,
      });
    }
    return rows.length;
  });
}
