import { eq } from "drizzle-orm";
import { DEMO_ADMIN_PASSWORD } from "../../config.ts";
import type { Platform } from "../../platform/context.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../platform/work.ts";
import { listUnits } from "../organisation/index.ts";
import { hashPassword } from "./passwords.ts";
import { type Clearance, type Role, roleAssignments, users } from "./schema.ts";
import { DEMO_TOTP_SECRET } from "./totp.ts";

/** The demo password of every demo account except the admin (whose password is ADMIN_PASSWORD or the demo one). */
export const DEMO_PASSWORD = DEMO_ADMIN_PASSWORD;

interface DemoStaff {
  email: string;
  name: string;
  clearance: Clearance;
  roles: { role: Role; unitCode: string | null }[];
}

/** Demo staff (besides the admin): one per main kind of work; the same password and TOTP secret. */
export const DEMO_STAFF: DemoStaff[] = [
  {
    email: "ppid.utama@lebongkab.go.id",
    name: "Contoh: PPID Utama (Diskominfo-SP)",
    clearance: "terbatas",
    roles: [{ role: "ppid_utama", unitCode: null }],
  },
  {
    email: "ppid.dinkes@lebongkab.go.id",
    name: "Contoh: PPID Pelaksana Dinas Kesehatan",
    clearance: "biasa",
    roles: [{ role: "ppid_pelaksana", unitCode: "DINKES" }],
  },
  {
    email: "petugas.ppid@lebongkab.go.id",
    name: "Contoh: Petugas Layanan Informasi (meja PPID)",
    clearance: "biasa",
    roles: [{ role: "petugas_layanan", unitCode: null }],
  },
  {
    email: "atasan.ppid@lebongkab.go.id",
    name: "Contoh: Atasan PPID (Sekretaris Daerah)",
    clearance: "terbatas",
    roles: [{ role: "atasan_ppid", unitCode: null }],
  },
  {
    email: "auditor@lebongkab.go.id",
    name: "Contoh: Auditor Inspektorat",
    clearance: "rahasia",
    // The Inspektorat audits every OPD, so the role is regency-wide (audit.read needs that).
    roles: [{ role: "auditor", unitCode: null }],
  },
];

export const DEMO_CITIZEN = { email: "warga@contoh.id", name: "Contoh: Warga Lebong" };

/**
 * Demo accounts for a fresh install (never in production, and only once: when
 * the admin does not exist yet). Staff have TOTP already enrolled with
 * DEMO_TOTP_SECRET, so the printed login works at once. Every account is audited.
 */
export async function seedDemoAccounts(p: Platform): Promise<void> {
  if (!p.config.demoData || p.config.production) return;
  const adminEmail = p.config.ADMIN_EMAIL.toLowerCase();
  const [exists] = await p.db.select({ id: users.id }).from(users).where(eq(users.email, adminEmail));
  if (exists) return;
  const adminHash = await hashPassword(p.config.adminPassword);
  const demoHash = p.config.adminPassword === DEMO_PASSWORD ? adminHash : await hashPassword(DEMO_PASSWORD);
  const units = new Map((await listUnits(p.db)).map((u) => [u.code, u.id]));
  const now = new Date();
  const staff: (DemoStaff & { hash: string })[] = [
    { email: adminEmail, name: "Administrator (demo)", clearance: "biasa", roles: [{ role: "admin", unitCode: null }], hash: adminHash },
    ...DEMO_STAFF.map((s) => ({ ...s, hash: demoHash })),
  ];
  await inTransaction(p, SYSTEM_ACTOR, async (w) => {
    for (const s of staff) {
      const [u] = await w.tx
        .insert(users)
        .values({
          kind: "staff",
          email: s.email,
          name: s.name,
          passwordHash: s.hash,
          emailVerifiedAt: now,
          clearance: s.clearance,
          totpSecret: DEMO_TOTP_SECRET,
          totpEnabledAt: now,
          isDemo: true,
        })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (!u) continue;
      const grants = s.roles.map((r) => ({ role: r.role, unitId: r.unitCode ? (units.get(r.unitCode) ?? null) : null }));
      await w.tx.insert(roleAssignments).values(grants.map((g) => ({ userId: u.id, ...g })));
      await w.audit({
        action: "account.demo_seeded",
        subjectType: "user",
        subjectId: u.id,
        after: { kind: "staff", name: s.name, email: s.email, clearance: s.clearance, roles: grants, totp: "enabled (demo secret)" },
      });
    }
    const [c] = await w.tx
      .insert(users)
      .values({
        kind: "citizen",
        email: DEMO_CITIZEN.email,
        name: DEMO_CITIZEN.name,
        passwordHash: demoHash,
        emailVerifiedAt: now,
        isDemo: true,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (c) await w.audit({ action: "account.demo_seeded", subjectType: "user", subjectId: c.id, after: { kind: "citizen", demo: true } });
  });
}
