/**
 * The PPID information lists: Daftar Informasi Publik (DIP), Daftar Informasi
 * yang Dikecualikan (DIK) with uji konsekuensi, the maklumat pelayanan and the
 * standar layanan page.
 */
import "./messages.ts";
import "./messages-staff.ts";
import type { Platform } from "../../platform/context.ts";
import { getExemption as getExemptionRow, listActiveExemptions as listActive } from "./queries.ts";

export { expireExemptions } from "./commands/exemptions.ts";
export { DIK_EXPIRY_JOB, DIP_STALE_JOB, notifyStaleDip, registerDipJobs, type StaffContact, type StaffLookup } from "./jobs.ts";
export { PASAL17, type Pasal17, PERMANENT_GROUNDS } from "./law.ts";
export type { ActiveExemption } from "./queries.ts";
export { dipRoutes } from "./routes.tsx";
export { dikItems, dipItems, ujiKonsekuensi } from "./schema.ts";
export { seedDipDemo } from "./seed.ts";
export { getBiaya, getMaklumat } from "./settings.ts";

/** Exceptions in force (ditetapkan, not past their end date), optionally of one OPD: what a refusal may cite. */
export function listActiveExemptions(p: Platform, unitId?: string) {
  return listActive(p.db, unitId);
}

/** One exception with its status and whether it is in force now; null when unknown. */
export function getExemption(p: Platform, id: string) {
  return getExemptionRow(p.db, id);
}
