import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { ppidRequests, ppidResponses } from "../schema.ts";
import { activeDik, grant, requestInProcess, staff, textPdf, units } from "./test-helpers.ts";

let t: TestPlatform;
let u: Awaited<ReturnType<typeof units>>;
beforeAll(async () => {
  t = await createTestPlatform();
  u = await units(t);
});
afterAll(() => t.close());

const path = (id: string) => `/ppid/kelola/permohonan/${id}/tanggapan`;

function multipart(fields: Record<string, string | string[]>, csrf: string, file?: { name: string; bytes: Uint8Array }) {
  const fd = new FormData();
  fd.set("_csrf", csrf);
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  if (file) fd.set("berkas", new File([new Uint8Array(file.bytes)], file.name, { type: "application/pdf" }));
  return fd;
}

describe("the draft page", () => {
  it("is for the PPID Pelaksana of the request's OPD only", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const own = await staff(t, "Pelaksana Dinkes", [{ role: "ppid_pelaksana", unitId: u.dinkes.id }]);
    const other = await staff(t, "Pelaksana Kominfo", [{ role: "ppid_pelaksana", unitId: u.kominfo.id }]);
    const { res, html } = await own.agent.page(path(r.id));
    expect(res.status).toBe(200);
    expect(html).toContain("Tanggapan atas permohonan");
    expect(html).toContain(r.number ?? "");
    expect(html).toContain('enctype="multipart/form-data"');
    expect((await other.agent.request(path(r.id))).status).toBe(403);
    expect((await other.agent.request(path(r.id), { form: grant() })).status).toBe(403);
    expect([401, 303]).toContain((await t.agent().request(path(r.id))).status);
  });

  it("shows the errors in Bahasa Indonesia with what was typed, and saves nothing", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const own = await staff(t, "Pelaksana Dinkes", [{ role: "ppid_pelaksana", unitId: u.dinkes.id }]);
    await own.agent.page(path(r.id));
    const res = await own.agent.request(path(r.id), {
      form: { decision: "ditolak", informationStatus: "dikuasai", alasan: "Teks alasan yang diketik petugas", aksi: "ajukan" },
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("govuk-error-summary");
    expect(html).toContain("Penolakan wajib menyebut sedikitnya satu informasi dalam Daftar Informasi yang Dikecualikan");
    expect(html).toContain("Teks alasan yang diketik petugas");
    expect(await t.p.db.select().from(ppidResponses).where(eq(ppidResponses.requestId, r.id))).toEqual([]);
  });

  it("refuses a request that is not being processed", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    await t.p.db.update(ppidRequests).set({ state: "TERREGISTRASI" }).where(eq(ppidRequests.id, r.id));
    const own = await staff(t, "Pelaksana Dinkes", [{ role: "ppid_pelaksana", unitId: u.dinkes.id }]);
    const res = await own.agent.request(path(r.id));
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Tanggapan hanya disusun untuk permohonan yang sedang diproses");
  });
});

describe("draft → review → approve through the pages", () => {
  it("a partial grant uploaded as multipart, reviewed and approved by the PPID Utama; the drafter may not approve", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const own = await staff(t, "Pelaksana Dinkes", [{ role: "ppid_pelaksana", unitId: u.dinkes.id }]);
    const utama = await staff(t, "Utama Penyetuju", [{ role: "ppid_utama" }]);
    const dik = await activeDik(t, u.dinkes.id, utama.userId);
    await own.agent.page(path(r.id));
    const pdf = await textPdf([["Penerima bantuan: Ani Lestari", "Jumlah: 3 orang"]]);
    const fields = {
      ...grant({ decision: "dikabulkan_sebagian", aksi: "simpan" }),
      "redaksi-1-teks": "Ani Lestari",
      "redaksi-1-dik": dik.id,
      "redaksi-2-teks": "Tidak Tercantum",
      "redaksi-2-dik": dik.id,
    } as Record<string, string | string[]>;
    const saved = await own.agent.request(path(r.id), {
      body: multipart(fields, own.agent.csrfToken ?? "", { name: "data.pdf", bytes: pdf }),
    });
    expect(saved.status).toBe(303);
    const after = await own.agent.page(`${path(r.id)}?disimpan=1`);
    expect(after.html).toContain("Draf tanggapan disimpan.");
    expect(after.html).toContain("Sebagian frasa tidak ditemukan di dokumen");
    expect(after.html).toContain("Tidak Tercantum");

    const [resp] = await t.p.db.select().from(ppidResponses).where(eq(ppidResponses.requestId, r.id));
    const redactedId = (resp.content as { redaction: { redactedFileId: string } }).redaction.redactedFileId;
    const download = await own.agent.request(`${path(r.id)}/berkas/${redactedId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    const outsider = await staff(t, "Pelaksana Kominfo", [{ role: "ppid_pelaksana", unitId: u.kominfo.id }]);
    expect((await outsider.agent.request(`${path(r.id)}/berkas/${redactedId}`)).status).toBe(403);

    const submit = await own.agent.request(`${path(r.id)}/${resp.id}/ajukan`, { form: {} });
    expect(submit.status).toBe(303);
    const review = `${path(r.id)}/${resp.id}/tinjau`;
    expect((await own.agent.request(review)).status).toBe(403);
    const page = await utama.agent.page(review);
    expect(page.res.status).toBe(200);
    expect(page.html).toContain(`Pasal 17 huruf h UU 14/2008 (DIK ${dik.nomor})`);
    expect(page.html).toContain("Setujui dan kirim pemberitahuan");

    const returned = await utama.agent.request(review, { form: { aksi: "kembalikan", note: "" } });
    expect(returned.status).toBe(400);
    expect(await returned.text()).toContain("Tuliskan catatan untuk penyusun");

    const approved = await utama.agent.request(review, { form: { aksi: "setujui" } });
    expect(approved.status).toBe(303);
    expect(approved.headers.get("location")).toBe(`/ppid/kelola/permohonan/${r.id}?selesai=diputus`);
    const [req] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, r.id));
    expect(req).toMatchObject({ state: "DIPUTUS", decision: "dikabulkan_sebagian" });
  });

  it("shows the drafter who is PPID Utama why they cannot approve, and refuses the POST", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const utama = await staff(t, "Utama Penyusun", [{ role: "ppid_utama" }]);
    await utama.agent.page(path(r.id));
    expect((await utama.agent.request(path(r.id), { form: grant({ aksi: "ajukan" }) })).status).toBe(303);
    const [resp] = await t.p.db.select().from(ppidResponses).where(eq(ppidResponses.requestId, r.id));
    const review = `${path(r.id)}/${resp.id}/tinjau`;
    const page = await utama.agent.page(review);
    expect(page.html).toContain("Anda tidak dapat menyetujui tanggapan ini");
    expect(page.html).not.toContain("Setujui dan kirim pemberitahuan");
    const res = await utama.agent.request(review, { form: { aksi: "setujui" } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("pemisahan tugas");
  });
});

describe("the Tanggapan panel for the case page", () => {
  it("shows the status and next step, then the approved decision with the notice links", async () => {
    const { Hono } = await import("hono");
    const { jsxRenderer } = await import("hono/jsx-renderer");
    const { ResponseSummary, responseState } = await import("./index.ts");
    const { draftResponse } = await import("../commands/draftResponse.ts");
    const { approveResponse } = await import("../commands/reviewResponse.ts");
    const r = await requestInProcess(t, u.dinkes.id);
    const own = await staff(t, "Pelaksana Panel", [{ role: "ppid_pelaksana", unitId: u.dinkes.id }]);
    const utama = await staff(t, "Utama Panel", [{ role: "ppid_utama" }]);
    const render = async (actor: typeof own.actor) => {
      const app = new Hono<{ Variables: { lang: "id" } }>();
      app.use(async (c, next) => {
        c.set("lang", "id");
        await next();
      });
      app.use(jsxRenderer(({ children }) => <main>{children}</main>));
      const state = await responseState(t.p, r.id, actor);
      if (!state) throw new Error("request not found");
      app.get("/", (c) => c.render(<ResponseSummary state={state} />, { title: "Panel" }));
      return (await app.request("/")).text();
    };
    expect(await render(own.actor)).toContain("Susun tanggapan");
    const d = await draftResponse(t.p, own.actor, { ip: null, userAgent: null, requestId: null }, r.id, grant(), { submit: true });
    const waiting = await render(utama.actor);
    expect(waiting).toContain("Menunggu persetujuan PPID Utama");
    expect(waiting).toContain(`/tanggapan/${d.responseId}/tinjau`);
    expect(await render(own.actor)).not.toContain("/tinjau");
    const { noticeDocId } = await approveResponse(t.p, utama.actor, { ip: null, userAgent: null, requestId: null }, r.id, d.responseId);
    const done = await render(own.actor);
    expect(done).toContain("Disetujui");
    expect(done).toContain(`/verifikasi/${noticeDocId}/berkas`);
    expect(done).toContain("Dikabulkan seluruhnya");
  });
});
