import { randomBytes } from "node:crypto";
import { createSession } from "../src/modules/accounts/index.ts";
import { roleAssignments, users } from "../src/modules/accounts/schema.ts";
import type { TestAgent, TestPlatform } from "./platform.ts";

export interface SignInOptions {
  kind?: "staff" | "citizen";
  roles?: { role: (typeof roleAssignments.$inferInsert)["role"]; unitId?: string | null }[];
  clearance?: (typeof users.$inferInsert)["clearance"];
  /** Whether the session passed the second factor (staff); default true. */
  mfaPassed?: boolean;
  name?: string;
  email?: string;
}

/**
 * A TestAgent already signed in as a new user with the given roles (the
 * session is created directly, skipping the sign-in pages).
 */
export async function signInAs(t: TestPlatform, opts: SignInOptions = {}): Promise<{ agent: TestAgent; userId: string }> {
  const kind = opts.kind ?? "staff";
  const [u] = await t.p.db
    .insert(users)
    .values({
      kind,
      email: opts.email ?? `${kind}-${randomBytes(5).toString("hex")}@contoh.go.id`,
      name: opts.name ?? (kind === "staff" ? "Petugas Uji" : "Warga Uji"),
      emailVerifiedAt: new Date(),
      clearance: opts.clearance ?? "biasa",
    })
    .returning();
  for (const r of opts.roles ?? []) {
    await t.p.db.insert(roleAssignments).values({ userId: u.id, role: r.role, unitId: r.unitId ?? null });
  }
  const { token, csrfToken } = await createSession(
    t.p.db,
    u.id,
    { ip: "127.0.0.1", userAgent: "test", requestId: null },
    opts.mfaPassed ?? kind === "staff",
  );
  const agent = t.agent();
  agent.cookies.set("sp_sid", token);
  agent.csrfToken = csrfToken;
  return { agent, userId: u.id };
}

/** The token of the newest mail to `to` whose link goes to `path` (from the outbox table). */
export async function tokenFromOutbox(t: TestPlatform, to: string, path: string): Promise<string> {
  const { outbox } = await import("../src/platform/mail/schema.ts");
  const { desc, eq } = await import("drizzle-orm");
  const mails = await t.p.db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt));
  for (const m of mails) {
    const hit = new RegExp(`${path.replace(/[/.?]/g, "\\$&")}\\?token=([A-Za-z0-9_-]+)`).exec(m.text);
    if (hit) return hit[1];
  }
  throw new Error(`no mail to ${to} with a link to ${path}`);
}

/** Signs in through the pages (password, then TOTP code or recovery code for staff). */
export async function signInWithPassword(agent: TestAgent, email: string, password: string, code?: string): Promise<Response> {
  const res = await agent.request("/masuk", { form: { email, kata_sandi: password } });
  if (code === undefined || res.status !== 303) return res;
  await agent.page("/masuk/verifikasi-2fa");
  return agent.request("/masuk/verifikasi-2fa", { form: { kode: code } });
}
