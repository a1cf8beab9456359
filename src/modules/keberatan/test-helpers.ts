/** Shared set-up of this module's tests (not imported by the app). */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestAgent, type TestPlatform } from "../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../test/ppid.ts";
import type { Actor } from "../../platform/http/actor.ts";
import { ppidRequests, submitRequest } from "../ppid/index.ts";
import { registerKeberatanJobs } from "./index.ts";

export const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };

/**
 * Declares the suite's set-up: a test platform with the objection jobs declared
 * and the queue started, closed after the suite (read `suite.t` inside tests or later hooks).
 */
export function keberatanSuite() {
  const suite = {} as { t: TestPlatform };
  beforeAll(async () => {
    suite.t = await createTestPlatform();
    // Until bootstrap calls it (next to registerPpidJobs): defining again is harmless.
    registerKeberatanJobs(suite.t.p);
    await suite.t.p.jobs.start();
  });
  afterAll(() => suite.t.close());
  return suite;
}

/** A signed-in staff member with one regency-wide role, as the actor a command receives. */
export async function staffActor(
  t: TestPlatform,
  role: "petugas_layanan" | "atasan_ppid" | "ppid_utama",
  name = "Petugas Uji",
): Promise<Actor> {
  const { userId } = await signInAs(t, { roles: [{ role }], name });
  return {
    userId,
    kind: "staff",
    name,
    email: "x@x",
    roles: [{ role, unitId: null }],
    clearance: "biasa",
    sessionId: "s",
    csrfToken: "c",
    mfaPassed: true,
  };
}

/** A registered request with its dates set: received `receivedAt`, due `dueOn`, never answered. */
async function requestDated(t: TestPlatform, receivedAt: Date, dueOn: string, over: Record<string, unknown> = {}) {
  const r = await submitRequest(t.p, null, META, {
    channel: "api",
    raw: { ...validRequest(over), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
  });
  await t.p.db.update(ppidRequests).set({ receivedAt, dueOn }).where(eq(ppidRequests.id, r.id));
  return r;
}

/** A registered request received Fri 13 Mar 2026 16:30 WIB (due Tue 7 Apr 2026), never answered. */
export const unansweredRequest = (t: TestPlatform) => requestDated(t, new Date("2026-03-13T16:30:00+07:00"), "2026-04-07");

/** A request due ten days ago, never answered, so reason (c) is open today. */
export const overdueRequest = (t: TestPlatform, email: string) =>
  requestDated(t, new Date(Date.now() - 40 * 86_400_000), new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10), { email });

/** The desk files an objection on reason (c) through its form, received today at 00:01 WIB; returns the case page's path. */
export async function fileAtDesk(desk: TestAgent, requestNumber: string | null): Promise<string> {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10).split("-");
  const saved = await desk.request("/ppid/kelola/keberatan/baru", {
    form: {
      nomor: requestNumber ?? "",
      reasons: ["c"],
      kasusPosisi: "Belum ada jawaban sama sekali.",
      purpose: "Kajian.",
      "diterima-day": today[2],
      "diterima-month": today[1],
      "diterima-year": today[0],
      receivedTime: "00:01",
    },
  });
  if (saved.status !== 303) throw new Error(`desk filing refused: ${saved.status}`);
  return (saved.headers.get("location") ?? "").replace("?disimpan=1", "");
}
