import { sql } from "drizzle-orm";
import { queryRows, type Tx } from "../../platform/db/client.ts";
import { readSeedCsv } from "../../platform/seed/csv.ts";
import { classifications, regions, units } from "./schema.ts";
import { slugify } from "./slug.ts";

type UnitKind = (typeof units.$inferInsert)["kind"];
type RegionLevel = (typeof regions.$inferInsert)["level"];

/** Demo values for fields the reference data lacks; shown as examples on the OPD page. */
const DEMO_PROFILE: Record<
  string,
  { headName: string; address: string; phone: string; email: string; tasks: string; ppidContact: string }
> = {
  "DISKOMINFO-SP": {
    headName: "Kepala Dinas Kominfo SP (nama belum diisi)",
    address: "Jl. Contoh No. 1, Muara Aman, Kabupaten Lebong",
    phone: "(0732) 000000",
    email: "contoh.kominfo@lebongkab.go.id",
    tasks:
      "Melaksanakan urusan pemerintahan bidang komunikasi dan informatika, statistik, dan persandian serta mengelola layanan informasi publik (PPID Utama).",
    ppidContact: "Meja Layanan PPID, ppid@lebongkab.go.id",
  },
};

/**
 * Loads the region, the OPD list and the kode klasifikasi arsip from db/seed.
 * Idempotent: existing rows are left as they are (admins may have edited them).
 */
export async function seedOrganisation(tx: Tx): Promise<{ regions: number; units: number; classifications: number }> {
  const wilayah = readSeedCsv<{ kode: string; nama: string; tingkat: string; induk_kode: string }>("wilayah-lebong.csv");
  const regionRows = wilayah.map((w) => ({
    code: w.kode,
    name: w.nama,
    level: w.tingkat as RegionLevel,
    parentCode: w.induk_kode || null,
  }));
  await tx.insert(regions).values(regionRows).onConflictDoNothing();

  const opd = readSeedCsv<{ kode_singkat: string; nama: string; jenis: string; status: string }>("opd-lebong.csv");
  const kabupaten = wilayah.find((w) => w.tingkat === "kabupaten");
  const unitRows = opd.map((o) => {
    const demo = DEMO_PROFILE[o.kode_singkat];
    // Kecamatan codes follow the region code: KEC-01 is 17.07.01.
    const kk = /^KEC-(\d{2})$/.exec(o.kode_singkat)?.[1];
    const regionCode = kk && kabupaten ? `${kabupaten.kode}.${kk}` : null;
    return {
      code: o.kode_singkat,
      slug: slugify(o.kode_singkat),
      name: o.nama,
      kind: o.jenis as UnitKind,
      regionCode,
      source: `db/seed/opd-lebong.csv (${o.status})`,
      ...(demo ? { ...demo, exampleFields: Object.keys(demo) } : {}),
    };
  });
  await tx.insert(units).values(unitRows).onConflictDoNothing();

  const klas = readSeedCsv<{ kode: string; nama: string; induk_kode: string; sumber: string }>("klasifikasi-arsip.csv");
  await tx
    .insert(classifications)
    .values(klas.map((k) => ({ code: k.kode, name: k.nama, parentCode: k.induk_kode || null, source: k.sumber })))
    .onConflictDoNothing();

  const [counts] = await queryRows<{ r: number; u: number; k: number }>(
    tx,
    sql`SELECT (SELECT count(*)::int FROM regions) AS r, (SELECT count(*)::int FROM units) AS u, (SELECT count(*)::int FROM classifications) AS k`,
  );
  return { regions: counts.r, units: counts.u, classifications: counts.k };
}
