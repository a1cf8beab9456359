/**
 * Who works a request: the active staff holding a PPID role, for an OPD or
 * regency-wide. The accounts module exports no lookup yet, so this reads its
 * tables by name (one query, kept here so it can be swapped for an accounts
 * export without touching the commands).
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/client.ts";

export interface StaffContact {
  email: string;
  name: string;
}

export type PpidRole = "ppid_utama" | "ppid_pelaksana" | "petugas_layanan";

/** Active people holding `role` for `unitId` (null: regency-wide grants only). */
export async function staffContacts(db: Executor, role: PpidRole, unitId: string | null): Promise<StaffContact[]> {
  const res = await db.execute(
    sql`SELECT DISTINCT u.email, u.name FROM users u JOIN role_assignments r ON r.user_id = u.id
        WHERE r.role = ${role} AND r.revoked_at IS NULL AND u.status = 'active' AND u.kind = 'staff'
        AND ${unitId === null ? sql`r.unit_id IS NULL` : sql`r.unit_id = ${unitId}`}
        ORDER BY u.email`,
  );
  const rows = (res as unknown as { rows?: StaffContact[] }).rows ?? (res as unknown as StaffContact[]);
  return rows.map((r) => ({ email: String(r.email), name: String(r.name) }));
}
