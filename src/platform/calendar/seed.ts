import type { Tx } from "../db/client.ts";
import { readSeedCsv } from "../seed/csv.ts";
import { holidays } from "./schema.ts";

/** Loads the SKB holiday table (db/seed/hari-libur-2024-2026.csv); existing rows are kept. */
export async function seedHolidays(tx: Tx): Promise<number> {
  const rows = readSeedCsv<{ tanggal: string; jenis: string; keterangan: string; dasar: string }>("hari-libur-2024-2026.csv");
  const inserted = await tx
    .insert(holidays)
    .values(
      rows.map((r) => ({
        date: r.tanggal,
        kind: r.jenis as "libur_nasional" | "cuti_bersama",
        name: r.keterangan,
        basis: r.dasar,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: holidays.id });
  return inserted.length;
}
