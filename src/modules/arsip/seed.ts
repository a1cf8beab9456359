import { sql } from "drizzle-orm";
import { queryRows, type Tx } from "../../platform/db/client.ts";
import { readSeedCsv } from "../../platform/seed/csv.ts";
import { arsipRetentionRules, DISPOSITIONS, type Disposition } from "./schema.ts";

/**
 * Loads the sample JRA rows (db/seed/jra-contoh.csv, with each row's source). Idempotent:
 * existing rows are left as they are (an arsiparis may have edited them). The kode
 * klasifikasi themselves are seeded by the organisation module.
 */
export async function seedArsip(tx: Tx): Promise<{ retentionRules: number }> {
  const rows = readSeedCsv<{
    kode_klasifikasi: string;
    jenis_arsip: string;
    retensi_aktif_tahun: string;
    retensi_inaktif_tahun: string;
    pemicu: string;
    nasib_akhir: string;
    sumber: string;
  }>("jra-contoh.csv");
  const values = rows.map((r) => {
    if (!DISPOSITIONS.includes(r.nasib_akhir as Disposition)) throw new Error(`jra-contoh.csv: unknown nasib_akhir ${r.nasib_akhir}`);
    return {
      code: r.kode_klasifikasi,
      description: r.jenis_arsip,
      activeYears: Number(r.retensi_aktif_tahun),
      inactiveYears: Number(r.retensi_inaktif_tahun),
      trigger: r.pemicu.trim() || null,
      disposition: r.nasib_akhir as Disposition,
      source: `db/seed/jra-contoh.csv: ${r.sumber}`,
    };
  });
  if (values.length) await tx.insert(arsipRetentionRules).values(values).onConflictDoNothing();
  const [c] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM arsip_retention_rules`);
  return { retentionRules: c.n };
}
