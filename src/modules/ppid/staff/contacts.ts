/** Who works a request: the active staff holding a PPID role, for an OPD or regency-wide. */
import type { Executor } from "../../../platform/db/client.ts";
import { staffWithRole } from "../../accounts/index.ts";

export interface StaffContact {
  email: string;
  name: string;
}

export type PpidRole = "ppid_utama" | "ppid_pelaksana" | "petugas_layanan";

/** Active people holding `role` for `unitId` (null: regency-wide grants only). */
export async function staffContacts(db: Executor, role: PpidRole, unitId: string | null): Promise<StaffContact[]> {
  return (await staffWithRole(db, role, unitId)).map(({ email, name }) => ({ email, name }));
}
