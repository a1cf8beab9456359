/**
 * Whom a response's mails go to: the PPID Utama (to approve) and the drafter
 * (when it is returned). The accounts module has no exported staff lookup yet,
 * so this reads its tables with plain SQL (no import across the module
 * boundary); replace with the accounts export once it exists.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/client.ts";

export interface Contact {
  id: string;
  email: string;
  name: string;
}

const rowsOf = (r: unknown) => (r as { rows: Contact[] }).rows;

/** Active staff holding a regency-wide grant of `role`. */
export async function regencyStaff(db: Executor, role: "ppid_utama"): Promise<Contact[]> {
  return rowsOf(
    await db.execute(
      sql`SELECT DISTINCT u.id, u.email, u.name FROM users u JOIN role_assignments r ON r.user_id = u.id
          WHERE r.role = ${role} AND r.unit_id IS NULL AND r.revoked_at IS NULL AND u.status = 'active' AND u.kind = 'staff'`,
    ),
  );
}

/** One active staff account's address. */
export async function staffContact(db: Executor, userId: string): Promise<Contact | null> {
  return (
    rowsOf(await db.execute(sql`SELECT id, email, name FROM users WHERE id = ${userId} AND status = 'active' AND kind = 'staff'`))[0] ??
    null
  );
}
