/** Set-up shared by the staff tests (not imported by the app). */
import { eq } from "drizzle-orm";
import { signInAs } from "../../../../test/auth.ts";
import type { TestAgent, TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../../test/ppid.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import { listUnits } from "../../organisation/index.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { ppidRequests } from "../schema.ts";

export const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };

export type Grant = {
  role: "ppid_utama" | "ppid_pelaksana" | "petugas_layanan" | "atasan_ppid" | "auditor" | "admin";
  unitId?: string | null;
};

/** A signed-in staff member: the agent for pages and the Actor for commands. */
export async function staff(t: TestPlatform, roles: Grant[], name = "Petugas Uji"): Promise<{ agent: TestAgent; actor: Actor }> {
  const email = `staf-${Math.random().toString(36).slice(2, 10)}@lebongkab.go.id`;
  const { agent, userId } = await signInAs(t, { roles, name, email });
  return {
    agent,
    actor: {
      userId,
      kind: "staff",
      name,
      email,
      roles: roles.map((r) => ({ role: r.role, unitId: r.unitId ?? null })),
      clearance: "biasa",
      sessionId: "test",
      csrfToken: agent.csrfToken ?? "",
      mfaPassed: true,
    },
  };
}

export async function unitIds(t: TestPlatform) {
  const all = await listUnits(t.p.db);
  const get = (code: string) => {
    const u = all.find((x) => x.code === code);
    if (!u) throw new Error(`no unit ${code}`);
    return u.id;
  };
  return { dinkes: get("DINKES"), kominfo: get("DISKOMINFO-SP"), bkd: get("BKD") };
}

/** A registered request (online, auto-registered: TERREGISTRASI, clock running from now). */
export async function newRequest(t: TestPlatform, over: Record<string, unknown> = {}) {
  const r = await submitRequest(t.p, null, META, {
    channel: "api",
    raw: { ...validRequest(over), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
  });
  return r;
}

export async function row(t: TestPlatform, id: string) {
  const [r] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, id));
  return r;
}
