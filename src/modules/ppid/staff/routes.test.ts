import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { validRequest } from "../../../../test/ppid.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import { addDays, jakartaDate } from "../../../platform/calendar/index.ts";
import { assignRequest } from "../commands/assignRequest.ts";
import { ppidRequestFiles, ppidRequests } from "../schema.ts";
import { META, newRequest, row, staff, unitIds } from "./test-helpers.ts";

let t: TestPlatform;
let u: Awaited<ReturnType<typeof unitIds>>;
let desk: Awaited<ReturnType<typeof staff>>;
let dinkes: Awaited<ReturnType<typeof staff>>;
let kominfo: Awaited<ReturnType<typeof staff>>;
let auditor: Awaited<ReturnType<typeof staff>>;
let atDinkes: string;
let waiting: string;

beforeAll(async () => {
  t = await createTestPlatform();
  u = await unitIds(t);
  desk = await staff(t, [{ role: "petugas_layanan" }]);
  dinkes = await staff(t, [{ role: "ppid_pelaksana", unitId: u.dinkes }]);
  kominfo = await staff(t, [{ role: "ppid_pelaksana", unitId: u.kominfo }]);
  auditor = await staff(t, [{ role: "auditor" }]);
  atDinkes = (await newRequest(t, { name: "Budi Santoso" })).id;
  await assignRequest(t.p, desk.actor, META, atDinkes, { unitId: u.dinkes });
  waiting = (await newRequest(t, { name: "Rina Marlina" })).id;
});
afterAll(async () => t.close());

const num = async (id: string) => (await row(t, id)).number as string;

describe("the queue", () => {
  it("shows the desk every open request, in its sections, with a link to desk intake", async () => {
    const { res, html } = await desk.agent.page("/ppid/kelola");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(html).toContain(await num(atDinkes));
    expect(html).toContain(await num(waiting));
    expect(html).toContain("/ppid/kelola/baru");
    const teruskan = await desk.agent.page("/ppid/kelola?bagian=teruskan");
    expect(teruskan.html).toContain(await num(waiting));
    expect(teruskan.html).not.toContain(await num(atDinkes));
    const search = await desk.agent.page(`/ppid/kelola?cari=${encodeURIComponent("budi")}`);
    expect(search.html).toContain(await num(atDinkes));
    expect(search.html).not.toContain(await num(waiting));
  });

  it("shows a PPID Pelaksana only their OPD's requests; another OPD's sees none and is refused the case page", async () => {
    const mine = await dinkes.agent.page("/ppid/kelola");
    expect(mine.html).toContain(await num(atDinkes));
    expect(mine.html).not.toContain(await num(waiting));
    expect(mine.html).not.toContain("/ppid/kelola/baru");
    const other = await kominfo.agent.page("/ppid/kelola");
    expect(other.res.status).toBe(200);
    expect(other.html).not.toContain(await num(atDinkes));
    expect((await kominfo.agent.request(`/ppid/kelola/permohonan/${atDinkes}`)).status).toBe(403);
    expect((await kominfo.agent.request(`/ppid/kelola/permohonan/${waiting}`)).status).toBe(403);
    expect((await auditor.agent.request("/ppid/kelola")).status).toBe(403);
    expect((await t.agent().request("/ppid/kelola")).status).not.toBe(200);
  });
});

describe("desk intake", () => {
  it("re-renders bad input with the values and messages, saving nothing", async () => {
    await desk.agent.page("/ppid/kelola/baru");
    const before = (await t.p.db.select().from(ppidRequests)).length;
    const res = await desk.agent.request("/ppid/kelola/baru", {
      form: { channel: "walk_in", name: "Ahmad Yani", nik: "123", "receivedDate-day": "", receivedTime: "" },
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Ahmad Yani"');
    expect(html).toContain("Isi alamat.");
    expect(html).toContain("govuk-error-summary");
    expect((await t.p.db.select().from(ppidRequests)).length).toBe(before);
  });

  it("registers a walk-in and shows the number, due date and the tracking link once, uncached", async () => {
    await desk.agent.page("/ppid/kelola/baru");
    // Yesterday 10:00 WIB: in the past whatever the time of day the test runs.
    const [y, m, d] = addDays(jakartaDate(new Date()), -1).split("-");
    const form: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(validRequest({ name: "Yusuf Walk-in" }))) form[k] = Array.isArray(v) ? v : String(v);
    const res = await desk.agent.request("/ppid/kelola/baru", {
      form: {
        ...form,
        channel: "walk_in",
        "receivedDate-day": d,
        "receivedDate-month": m,
        "receivedDate-year": y,
        receivedTime: "10:00",
        identityChecked: "on",
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const html = await res.text();
    expect(html).toMatch(/PPID-\d{4}-\d{6}/);
    expect(html).toMatch(/\/ppid\/lacak\/PPID-\d{4}-\d{6}\/[A-Za-z0-9_-]{20,}/);
    const [created] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.name, "Yusuf Walk-in"));
    expect(created).toMatchObject({ state: "TERREGISTRASI", channel: "walk_in" });
    expect(html).toContain(`/ppid/kelola/permohonan/${created.id}/tanda-bukti`);
    const receipt = await desk.agent.request(`/ppid/kelola/permohonan/${created.id}/tanda-bukti`);
    expect(receipt.status).toBe(303);
    expect(receipt.headers.get("location")).toMatch(/^\/verifikasi\/.+\/berkas$/);
  });

  it("is refused to a PPID Pelaksana", async () => {
    expect((await dinkes.agent.request("/ppid/kelola/baru")).status).toBe(403);
  });
});

describe("the case page", () => {
  it("shows the requester, the clock explanation, the history and only the actions that can work", async () => {
    const { res, html } = await desk.agent.page(`/ppid/kelola/permohonan/${waiting}`);
    expect(res.status).toBe(200);
    expect(html).toContain("1707015203900001");
    expect(html).toContain("Cara perhitungan");
    expect(html).toContain("Riwayat");
    expect(html).toContain("/teruskan");
    expect(html).not.toContain("/perpanjang");
    const worker = await dinkes.agent.page(`/ppid/kelola/permohonan/${atDinkes}`);
    expect(worker.html).toContain("/perpanjang");
    expect(worker.html).toContain("/kelengkapan");
    expect(worker.html).toContain("/tanggapan");
    expect(worker.html).not.toContain("/teruskan");
  });

  it("runs an action and redirects with a banner; a bad one comes back with the message and what was typed", async () => {
    await desk.agent.page(`/ppid/kelola/permohonan/${waiting}`);
    const ok = await desk.agent.request(`/ppid/kelola/permohonan/${waiting}/teruskan`, { form: { unitId: u.kominfo } });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/ppid/kelola/permohonan/${waiting}?selesai=teruskan`);
    expect((await desk.agent.page(ok.headers.get("location") as string)).html).toContain("Permohonan diteruskan ke OPD");

    await kominfo.agent.page(`/ppid/kelola/permohonan/${waiting}`);
    const bad = await kominfo.agent.request(`/ppid/kelola/permohonan/${waiting}/perpanjang`, { form: { reason: "singkat" } });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("paling sedikit 10 karakter");
    expect(html).toContain("singkat</textarea>");
    expect((await row(t, waiting)).extended).toBe(false);
    expect(
      (await dinkes.agent.request(`/ppid/kelola/permohonan/${waiting}/perpanjang`, { form: { reason: "Alasan yang cukup panjang." } }))
        .status,
    ).toBe(403);
  });

  it("serves the identity file and audits the view of personal data", async () => {
    const [f] = await t.p.db
      .select()
      .from(ppidRequestFiles)
      .where(and(eq(ppidRequestFiles.requestId, atDinkes), eq(ppidRequestFiles.purpose, "identitas")));
    expect((await kominfo.agent.request(`/ppid/kelola/permohonan/${atDinkes}/berkas/${f.id}`)).status).toBe(403);
    const res = await dinkes.agent.request(`/ppid/kelola/permohonan/${atDinkes}/berkas/${f.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toContain("no-store");
    const views = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ppid.file.viewed"), eq(auditEvents.subjectId, atDinkes)));
    expect(views).toHaveLength(1);
    expect(views[0].actorId).toBe(dinkes.actor.userId);
    expect((await dinkes.agent.request(`/ppid/kelola/permohonan/${waiting}/berkas/${f.id}`)).status).toBe(403);
  });
});
