import { and, asc, eq, gte, lte } from "drizzle-orm";
import { z } from "zod";
import { holidays } from "../../platform/calendar/index.ts";
import type { Executor } from "../../platform/db/client.ts";
import { realDate } from "./deadline.ts";

export type HolidayRow = typeof holidays.$inferSelect;
export const HOLIDAY_KINDS = holidays.kind.enumValues;

const reason = z
  .string({ error: "Tuliskan alasan perubahan." })
  .trim()
  .min(5, "Tuliskan alasan perubahan (minimal 5 karakter), misalnya nomor SKB atau Keppres.")
  .max(500, "Alasan paling banyak 500 karakter.");

export const holidaySchema = z.object({
  date: z.string({ error: "Isi tanggal." }).refine(realDate, "Isi tanggal yang benar, misalnya 17 8 2027."),
  kind: z.enum(HOLIDAY_KINDS, { error: "Pilih jenis hari libur." }),
  name: z
    .string({ error: "Isi nama hari libur." })
    .trim()
    .min(3, "Isi nama hari libur (minimal 3 karakter).")
    .max(200, "Nama paling banyak 200 karakter."),
  basis: z
    .string({ error: "Isi dasar hukum." })
    .trim()
    .min(3, "Isi dasar hukumnya, misalnya SKB 3 Menteri atau Keppres.")
    .max(300, "Dasar hukum paling banyak 300 karakter."),
  reason,
});
export const removeSchema = z.object({ reason });

export type HolidayInput = z.infer<typeof holidaySchema>;

export async function holidaysOfYear(db: Executor, year: number): Promise<HolidayRow[]> {
  return db
    .select()
    .from(holidays)
    .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date), asc(holidays.kind));
}

export async function getHoliday(db: Executor, id: string): Promise<HolidayRow | null> {
  const [h] = await db.select().from(holidays).where(eq(holidays.id, id));
  return h ?? null;
}

/** Years (this one and the next) with no libur nasional entered: their deadlines count weekends only. */
export async function missingHolidayYears(db: Executor, today: string): Promise<number[]> {
  const year = Number(today.slice(0, 4));
  const out: number[] = [];
  for (const y of [year, year + 1]) {
    const [row] = await db
      .select({ id: holidays.id })
      .from(holidays)
      .where(and(eq(holidays.kind, "libur_nasional"), gte(holidays.date, `${y}-01-01`), lte(holidays.date, `${y}-12-31`)))
      .limit(1);
    if (!row) out.push(y);
  }
  return out;
}
