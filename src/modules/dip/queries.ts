/** Reads for the public lists, the staff pages and the PPID request module. */
import { and, asc, count, desc, eq, getTableColumns, gte, ilike, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { jakartaDate } from "../../platform/calendar/index.ts";
import type { Executor } from "../../platform/db/client.ts";
import { indonesianQuery } from "../../platform/search/indonesian.ts";
import { units } from "../organisation/index.ts";
import type { DipKategori } from "./law.ts";
import { dikItems, dipItems, ujiKonsekuensi } from "./schema.ts";

export type DipRow = typeof dipItems.$inferSelect;
export type DikRow = typeof dikItems.$inferSelect;
export type UjiRow = typeof ujiKonsekuensi.$inferSelect;
export interface UnitRef {
  unitName: string;
  unitCode: string;
  unitSlug: string;
}
export type DipListRow = DipRow & UnitRef;
export type DikListRow = DikRow & UnitRef;

export const PAGE_SIZE = 20;

const unitCols = { unitName: units.name, unitCode: units.code, unitSlug: units.slug };

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** The instant before which a berkala item counts as overdue (`months`, law.berkalaMonths, before `now`). */
export function staleCutoff(months: number, now: Date = new Date()): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** A published berkala item not brought up to date in `months` (law.berkalaMonths). */
export function isStale(item: Pick<DipRow, "kategori" | "lastUpdatedAt" | "published">, months: number, now: Date = new Date()): boolean {
  return item.kategori === "berkala" && item.published && item.lastUpdatedAt < staleCutoff(months, now);
}

const staleWhere = (months: number, now?: Date) =>
  and(eq(dipItems.kategori, "berkala"), eq(dipItems.published, true), lt(dipItems.lastUpdatedAt, staleCutoff(months, now)));

export interface DipFilter {
  q?: string;
  unitId?: string;
  kategori?: DipKategori;
  tahun?: number;
  page?: number;
  /** Only berkala items not brought up to date in this many months (law.berkalaMonths; staff list). */
  staleMonths?: number;
}

const searchText = sql`to_tsvector('indonesian', ${dipItems.ringkasan} || ' ' || ${dipItems.pejabatPenguasa})`;

function dipWhere(f: DipFilter, extra: (SQL | undefined)[]): SQL | undefined {
  const q = f.q?.trim();
  return and(
    ...extra,
    f.unitId ? eq(dipItems.unitId, f.unitId) : undefined,
    f.kategori ? eq(dipItems.kategori, f.kategori) : undefined,
    f.tahun ? eq(dipItems.tahun, f.tahun) : undefined,
    f.staleMonths ? staleWhere(f.staleMonths) : undefined,
    q
      ? or(
          sql`${searchText} @@ ${indonesianQuery(q)}`,
          ilike(dipItems.ringkasan, `%${escapeLike(q)}%`),
          ilike(dipItems.penanggungJawab, `%${escapeLike(q)}%`),
        )
      : undefined,
  );
}

async function dipPage(
  db: Executor,
  f: DipFilter,
  extra: (SQL | undefined)[],
): Promise<{ rows: DipListRow[]; total: number; page: number; pages: number }> {
  const where = dipWhere(f, extra);
  const [{ n }] = await db.select({ n: count() }).from(dipItems).innerJoin(units, eq(units.id, dipItems.unitId)).where(where);
  const pages = Math.max(1, Math.ceil(n / PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page ?? 1), pages);
  const q = f.q?.trim();
  const rows = await db
    .select({ ...getTableColumns(dipItems), ...unitCols })
    .from(dipItems)
    .innerJoin(units, eq(units.id, dipItems.unitId))
    .where(where)
    .orderBy(...(q ? [desc(sql`ts_rank(${searchText}, ${indonesianQuery(q)})`)] : []), asc(units.name), asc(dipItems.nomor))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { rows: rows as DipListRow[], total: n, page, pages };
}

/** The published DIP, searchable and filtered (public page and API). */
export function publicDip(db: Executor, f: DipFilter) {
  return dipPage(db, f, [eq(dipItems.published, true)]);
}

/** The DIP rows of the OPDs the person keeps (null: every OPD), published or not. */
export function staffDip(db: Executor, unitIds: string[] | null, f: DipFilter) {
  return dipPage(db, f, [
    unitIds ? inArray(dipItems.unitId, unitIds.length ? unitIds : ["00000000-0000-0000-0000-000000000000"]) : undefined,
  ]);
}

/** The years that have published DIP rows (for the filter). */
export async function dipYears(db: Executor): Promise<number[]> {
  const rows = await db
    .selectDistinct({ tahun: dipItems.tahun })
    .from(dipItems)
    .where(eq(dipItems.published, true))
    .orderBy(desc(dipItems.tahun));
  return rows.map((r) => r.tahun);
}

export async function getDip(db: Executor, id: string): Promise<DipListRow | null> {
  const [row] = await db
    .select({ ...getTableColumns(dipItems), ...unitCols })
    .from(dipItems)
    .innerJoin(units, eq(units.id, dipItems.unitId))
    .where(eq(dipItems.id, id));
  return (row as DipListRow) ?? null;
}

/** Published berkala items not brought up to date in `months` (law.berkalaMonths), oldest first. */
export async function staleBerkala(db: Executor, months: number, now: Date = new Date()): Promise<DipListRow[]> {
  const rows = await db
    .select({ ...getTableColumns(dipItems), ...unitCols })
    .from(dipItems)
    .innerJoin(units, eq(units.id, dipItems.unitId))
    .where(staleWhere(months, now))
    .orderBy(asc(units.name), asc(dipItems.lastUpdatedAt));
  return rows as DipListRow[];
}

// ---- DIK ----

export async function getDik(db: Executor, id: string): Promise<(DikListRow & { uji: UjiRow[] }) | null> {
  const [row] = await db
    .select({ ...getTableColumns(dikItems), ...unitCols })
    .from(dikItems)
    .innerJoin(units, eq(units.id, dikItems.unitId))
    .where(eq(dikItems.id, id));
  if (!row) return null;
  const uji = await db
    .select()
    .from(ujiKonsekuensi)
    .where(eq(ujiKonsekuensi.dikId, id))
    .orderBy(desc(ujiKonsekuensi.tanggal), desc(ujiKonsekuensi.createdAt));
  return { ...(row as DikListRow), uji };
}

/** The DIK rows of the OPDs the person works for (null: every OPD), newest first. */
export async function staffDik(db: Executor, unitIds: string[] | null): Promise<DikListRow[]> {
  const scope = unitIds ? inArray(dikItems.unitId, unitIds.length ? unitIds : ["00000000-0000-0000-0000-000000000000"]) : undefined;
  const rows = await db
    .select({ ...getTableColumns(dikItems), ...unitCols })
    .from(dikItems)
    .innerJoin(units, eq(units.id, dikItems.unitId))
    .where(scope)
    .orderBy(desc(dikItems.createdAt));
  return rows as DikListRow[];
}

/** The latest uji konsekuensi conclusion of each exception. */
async function ujiSummaries(db: Executor, ids: string[]): Promise<Map<string, UjiRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(ujiKonsekuensi)
    .where(inArray(ujiKonsekuensi.dikId, ids))
    .orderBy(asc(ujiKonsekuensi.tanggal), asc(ujiKonsekuensi.createdAt));
  return new Map(rows.map((r) => [r.dikId, r]));
}

const activeWhere = (today: string) =>
  and(eq(dikItems.status, "ditetapkan"), or(isNull(dikItems.expiresOn), gte(dikItems.expiresOn, today)));

/** The public DIK: exceptions in force (ditetapkan, not past their end date), with their latest uji konsekuensi. */
export async function publicDik(db: Executor, now: Date = new Date()): Promise<(DikListRow & { uji: UjiRow | null })[]> {
  const rows = (await db
    .select({ ...getTableColumns(dikItems), ...unitCols })
    .from(dikItems)
    .innerJoin(units, eq(units.id, dikItems.unitId))
    .where(activeWhere(jakartaDate(now)))
    .orderBy(asc(units.name), asc(dikItems.nomor))) as DikListRow[];
  const uji = await ujiSummaries(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, uji: uji.get(r.id) ?? null }));
}

/** An exception in force, as the PPID request module cites it in a refusal. */
export interface ActiveExemption {
  id: string;
  nomor: string;
  unitId: string;
  informasi: string;
  pasal17: DikRow["pasal17"];
  dasarHukumSektoral: string | null;
  konsekuensi: string;
  keputusan: DikRow["keputusan"];
  jangkaWaktu: string;
  expiresOn: string | null;
  nomorSk: string | null;
  tanggalPenetapan: string | null;
  ujiKonsekuensiSummary: string | null;
}

function toExemption(r: DikRow, uji: UjiRow | null): ActiveExemption {
  return {
    id: r.id,
    nomor: r.nomor,
    unitId: r.unitId,
    informasi: r.informasi,
    pasal17: r.pasal17,
    dasarHukumSektoral: r.dasarHukumSektoral,
    konsekuensi: r.konsekuensi,
    keputusan: r.keputusan,
    jangkaWaktu: r.jangkaWaktu,
    expiresOn: r.expiresOn,
    nomorSk: r.nomorSk,
    tanggalPenetapan: r.tanggalPenetapan,
    ujiKonsekuensiSummary: uji?.kesimpulan ?? null,
  };
}

/** Exceptions in force (ditetapkan and not expired), optionally of one OPD. */
export async function listActiveExemptions(db: Executor, unitId?: string, now: Date = new Date()): Promise<ActiveExemption[]> {
  const rows = await db
    .select()
    .from(dikItems)
    .where(and(activeWhere(jakartaDate(now)), unitId ? eq(dikItems.unitId, unitId) : undefined))
    .orderBy(asc(dikItems.nomor));
  const uji = await ujiSummaries(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toExemption(r, uji.get(r.id) ?? null));
}

/** One exception by id, in force or not (null when unknown); `active` says whether it may be cited now. */
export async function getExemption(
  db: Executor,
  id: string,
  now: Date = new Date(),
): Promise<(ActiveExemption & { status: DikRow["status"]; active: boolean }) | null> {
  const [row] = await db.select().from(dikItems).where(eq(dikItems.id, id));
  if (!row) return null;
  const uji = await ujiSummaries(db, [id]);
  const today = jakartaDate(now);
  const active = row.status === "ditetapkan" && (row.expiresOn === null || row.expiresOn >= today);
  return { ...toExemption(row, uji.get(id) ?? null), status: row.status, active };
}
