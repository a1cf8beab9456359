import { and, asc, count, desc, eq, exists, ilike, isNull, or, type SQL } from "drizzle-orm";
import type { Executor } from "../../platform/db/client.ts";
import { listUnits } from "../organisation/index.ts";
import { type Clearance, type Role, roleAssignments, users } from "./schema.ts";

export type User = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<User | null> {
  const [u] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return u ?? null;
}

export async function getUser(db: Executor, id: string): Promise<User | null> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u ?? null;
}

export interface RoleRow {
  id: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  grantedAt: Date;
}

/** Active role grants of a person, with the OPD names. */
export async function rolesOf(db: Executor, userId: string): Promise<RoleRow[]> {
  const rows = await db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), isNull(roleAssignments.revokedAt)))
    .orderBy(asc(roleAssignments.grantedAt));
  const names = await unitNames(db);
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    unitId: r.unitId,
    unitName: r.unitId ? (names.get(r.unitId) ?? null) : null,
    grantedAt: r.grantedAt,
  }));
}

export async function unitNames(db: Executor): Promise<Map<string, string>> {
  const list = await listUnits(db, { includeRetired: true });
  return new Map(list.map((u) => [u.id, u.name]));
}

/** The OPD a person may be given a role in (active units only). */
export async function unitChoices(db: Executor): Promise<{ id: string; name: string; code: string }[]> {
  const list = await listUnits(db);
  return list.map((u) => ({ id: u.id, name: u.name, code: u.code })).sort((a, b) => a.name.localeCompare(b.name, "id"));
}

export interface UserFilter {
  q?: string;
  kind?: "staff" | "citizen";
  role?: Role;
  unitId?: string;
  status?: "active" | "disabled" | "deleted";
  page: number;
}

export const PAGE_SIZE = 25;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export interface UserListRow {
  id: string;
  kind: "staff" | "citizen";
  name: string;
  email: string;
  status: "active" | "disabled" | "deleted";
  clearance: Clearance;
  isDemo: boolean;
  createdAt: Date;
}

/** Staff and citizens for the admin list: filtered, newest first, one page. */
export async function listUsers(db: Executor, f: UserFilter): Promise<{ rows: UserListRow[]; total: number }> {
  const conds: SQL[] = [];
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    conds.push(or(ilike(users.name, like), ilike(users.email, like), ilike(users.nip, like)) as SQL);
  }
  if (f.kind) conds.push(eq(users.kind, f.kind));
  if (f.status) conds.push(eq(users.status, f.status));
  if (f.role || f.unitId) {
    const grant = [eq(roleAssignments.userId, users.id), isNull(roleAssignments.revokedAt)];
    if (f.role) grant.push(eq(roleAssignments.role, f.role));
    if (f.unitId) grant.push(eq(roleAssignments.unitId, f.unitId));
    conds.push(
      exists(
        db
          .select({ one: roleAssignments.id })
          .from(roleAssignments)
          .where(and(...grant)),
      ),
    );
  }
  const where = conds.length ? and(...conds) : undefined;
  const [{ n }] = await db.select({ n: count() }).from(users).where(where);
  const rows = await db
    .select({
      id: users.id,
      kind: users.kind,
      name: users.name,
      email: users.email,
      status: users.status,
      clearance: users.clearance,
      isDemo: users.isDemo,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), asc(users.id))
    .limit(PAGE_SIZE)
    .offset((f.page - 1) * PAGE_SIZE);
  return { rows, total: Number(n) };
}

/**
 * Active staff holding a role (not revoked): for a unit (`unitId`), those
 * granted it for that unit; with `null`, those holding it regency-wide. For
 * notifications (reminders to the PPID Pelaksana of an OPD, to the PPID Utama).
 */
export async function staffWithRole(
  db: Executor,
  role: Role,
  unitId: string | null,
): Promise<{ id: string; email: string; name: string }[]> {
  const rows = await db
    .selectDistinct({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(
      and(
        eq(roleAssignments.role, role),
        isNull(roleAssignments.revokedAt),
        eq(users.status, "active"),
        eq(users.kind, "staff"),
        unitId === null ? isNull(roleAssignments.unitId) : eq(roleAssignments.unitId, unitId),
      ),
    )
    .orderBy(asc(users.email));
  return rows;
}
