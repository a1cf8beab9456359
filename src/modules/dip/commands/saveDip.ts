import { and, eq, sql } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction, type Work } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { getUnit } from "../../organisation/index.ts";
import { dipItems } from "../schema.ts";
import { dipSchema } from "../validation.ts";

type Row = typeof dipItems.$inferSelect;

const snapshot = (r: Row) => ({
  unitId: r.unitId,
  nomor: r.nomor,
  ringkasan: r.ringkasan,
  pejabatPenguasa: r.pejabatPenguasa,
  penanggungJawab: r.penanggungJawab,
  waktuPembuatan: r.waktuPembuatan,
  tempatPembuatan: r.tempatPembuatan,
  bentuk: r.bentuk,
  retensi: r.retensi,
  kategori: r.kategori,
  link: r.link,
  tahun: r.tahun,
  published: r.published,
  lastUpdatedAt: r.lastUpdatedAt.toISOString(),
});

async function activeUnit(p: Platform, unitId: string) {
  const unit = await getUnit(p.db, unitId);
  if (unit?.status !== "active") throw new ValidationError({ unitId: "Pilih perangkat daerah yang masih aktif." });
  return unit;
}

/** The next running number in the OPD's list (serialised per OPD by an advisory lock). */
async function nextNomor(w: Work, unitId: string): Promise<number> {
  await w.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`dip:${unitId}`}))`);
  const [{ n }] = await w.tx
    .select({ n: sql<number>`coalesce(max(${dipItems.nomor}), 0)::int` })
    .from(dipItems)
    .where(eq(dipItems.unitId, unitId));
  return Number(n) + 1;
}

/** A PPID (Pelaksana of the OPD, or Utama) adds an item to the OPD's Daftar Informasi Publik. */
export async function createDip(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown): Promise<Row> {
  authorize(actor, "dip.manage");
  const { diperbarui: _, ...input } = parseOrThrow(dipSchema, raw);
  authorize(actor, "dip.manage", { unitId: input.unitId });
  await activeUnit(p, input.unitId);
  return inTransaction(p, auditActor(actor, meta), async (w) => {
    const nomor = await nextNomor(w, input.unitId);
    const [row] = await w.tx
      .insert(dipItems)
      .values({ ...input, link: input.link ?? null, nomor, createdBy: actor.userId })
      .returning();
    await w.audit({ action: "dip.created", subjectType: "dip_item", subjectId: row.id, after: snapshot(row), unitId: row.unitId });
    return row;
  });
}

/** Corrects an item or brings it up to date (`diperbarui` resets the 6-month berkala clock). */
export async function updateDip(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown): Promise<Row> {
  authorize(actor, "dip.manage");
  const { diperbarui, ...input } = parseOrThrow(dipSchema, raw);
  authorize(actor, "dip.manage", { unitId: input.unitId });
  return inTransaction(p, auditActor(actor, meta), async (w) => {
    const [current] = await w.tx.select().from(dipItems).where(eq(dipItems.id, id)).for("update");
    if (!current) throw notFound("Informasi tidak ditemukan.");
    authorize(actor, "dip.manage", { unitId: current.unitId });
    const moved = current.unitId !== input.unitId;
    if (moved) await activeUnit(p, input.unitId);
    const now = new Date();
    const [row] = await w.tx
      .update(dipItems)
      .set({
        ...input,
        link: input.link ?? null,
        nomor: moved ? await nextNomor(w, input.unitId) : current.nomor,
        updatedAt: now,
        ...(diperbarui ? { lastUpdatedAt: now, staleNotifiedAt: null } : {}),
      })
      .where(eq(dipItems.id, id))
      .returning();
    await w.audit({
      action: "dip.changed",
      subjectType: "dip_item",
      subjectId: id,
      before: snapshot(current),
      after: { ...snapshot(row), contentUpdated: diperbarui },
      unitId: row.unitId,
    });
    return row;
  });
}

/** Takes an item off the public list (or puts it back); nothing is deleted. */
export async function setDipPublished(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, published: boolean): Promise<Row> {
  authorize(actor, "dip.manage");
  return inTransaction(p, auditActor(actor, meta), async (w) => {
    const [current] = await w.tx.select().from(dipItems).where(eq(dipItems.id, id)).for("update");
    if (!current) throw notFound("Informasi tidak ditemukan.");
    authorize(actor, "dip.manage", { unitId: current.unitId });
    const [row] = await w.tx
      .update(dipItems)
      .set({ published, updatedAt: new Date() })
      .where(and(eq(dipItems.id, id)))
      .returning();
    await w.audit({
      action: published ? "dip.published" : "dip.unpublished",
      subjectType: "dip_item",
      subjectId: id,
      before: { published: current.published },
      after: { published },
      unitId: row.unitId,
    });
    return row;
  });
}
