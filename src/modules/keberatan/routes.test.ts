/** The objection pages through the app: public form and tracking, the desk, the Atasan PPID's decision. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import type { TestPlatform } from "../../../test/platform.ts";
import { outbox } from "../../platform/mail/schema.ts";
import { getObjection } from "./index.ts";
import { fileAtDesk, keberatanSuite, overdueRequest } from "./test-helpers.ts";

const suite = keberatanSuite();
let t: TestPlatform;
beforeAll(() => {
  t = suite.t;
});

describe("the requester's pages", () => {
  it("start page is public and sets no cookie; a wrong code is explained", async () => {
    const res = await t.agent().request("/ppid/keberatan");
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await res.text()).toContain("Cari permohonan Anda");
    const bad = await t.agent().request("/ppid/keberatan/baru?nomor=PPID-2026-999999&kode=x");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("tidak cocok");
  });

  it("files with the secret link, keeps the input on errors, then tracks it", async () => {
    const r = await overdueRequest(t, "rahma@contoh.id");
    const agent = t.agent();
    const form = await agent.request(`/ppid/keberatan/baru?nomor=${r.number}&kode=${r.secret}`);
    const html = await form.text();
    expect(form.headers.get("cache-control")).toContain("no-store");
    expect(html).toMatch(/value="c" aria-describedby/);
    // A reason that has not arisen is explained in text, not offered as a checkbox.
    expect(html).not.toMatch(/value="a"/);
    expect(html).toContain("(a) ");
    const wrong = await agent.request("/ppid/keberatan/baru", {
      form: { nomor: r.number ?? "", kode: r.secret, kasusPosisi: "Belum ada jawaban sama sekali." },
    });
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain("Pilih paling sedikit satu alasan");
    expect(wrongHtml).toContain("Belum ada jawaban sama sekali.");
    const ok = await agent.request("/ppid/keberatan/baru", {
      form: { nomor: r.number ?? "", kode: r.secret, reasons: ["c"], kasusPosisi: "Belum ada jawaban sama sekali.", purpose: "Kajian." },
    });
    expect(ok.status).toBe(303);
    const location = ok.headers.get("location") ?? "";
    expect(location).toMatch(/^\/ppid\/keberatan\/KEB-\d{4}-\d{6}\/[\w-]+\?baru=1$/);
    const track = await agent.request(location);
    expect(track.status).toBe(200);
    expect(await track.text()).toContain("Keberatan Anda diterima dengan nomor");
    const mails = await t.p.db.select().from(outbox).where(eq(outbox.to, "rahma@contoh.id"));
    expect(mails.some((m) => m.text.includes(location.replace("?baru=1", "")))).toBe(true);
    expect((await agent.request(location.replace(/\/[\w-]+\?baru=1$/, "/salah"))).status).toBe(404);
  });
});

describe("the staff pages", () => {
  it("the desk records and forwards, the PPID Utama cannot decide, the Atasan PPID decides, the desk records TIDAK PUAS and the dispute form checks its dates", async () => {
    const r = await overdueRequest(t, "rahma@contoh.id");
    expect((await t.agent().request("/ppid/kelola/keberatan")).status).toBe(303);
    const { agent: desk } = await signInAs(t, { roles: [{ role: "petugas_layanan" }] });
    await desk.page("/ppid/kelola/keberatan/baru");
    const bad = await desk.request("/ppid/kelola/keberatan/baru", {
      form: { nomor: r.number ?? "", reasons: ["g"], kasusPosisi: "Informasi belum diserahkan juga.", purpose: "Kajian." },
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Isi tanggal keberatan diterima");
    const casePath = await fileAtDesk(desk, r.number);
    const id = casePath.split("/").at(-1) ?? "";
    const queue = await desk.page("/ppid/kelola/keberatan");
    expect(queue.html).toContain((await getObjection(t.p.db, id))?.number);
    await desk.page(casePath);
    expect((await desk.request(`${casePath}/teruskan`, { form: { note: "Mohon diputus." } })).status).toBe(303);

    const { agent: utama } = await signInAs(t, { roles: [{ role: "ppid_utama" }] });
    const utamaPage = await utama.page(casePath);
    expect(utamaPage.html).not.toContain("Tetapkan dan kirim surat tanggapan");
    expect(
      (await utama.request(`${casePath}/putuskan`, { form: { decision: "ditolak", decisionText: "x".repeat(30), position: "Sekda" } }))
        .status,
    ).toBe(403);

    const { agent: atasan } = await signInAs(t, { roles: [{ role: "atasan_ppid" }], name: "Sekda Contoh" });
    const page = await atasan.page(casePath);
    expect(page.html).toContain("Tetapkan dan kirim surat tanggapan");
    const empty = await atasan.request(`${casePath}/putuskan`, { form: { decision: "", decisionText: "", position: "Sekretaris Daerah" } });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Pilih keputusan");
    const decided = await atasan.request(`${casePath}/putuskan`, {
      form: {
        decision: "dikabulkan",
        decisionText: "PPID wajib memberikan informasi yang diminta dalam 5 hari kerja.",
        position: "Sekretaris Daerah",
      },
    });
    expect(decided.status).toBe(303);
    const k = await getObjection(t.p.db, id);
    expect(k?.decisionDocId).toBeTruthy();
    const after = await atasan.page(casePath);
    expect(after.html).toContain(`/verifikasi/${k?.decisionDocId}/berkas`);
    expect(after.html).toContain("Batas pengajuan sengketa ke Komisi Informasi");

    await desk.page(casePath);
    expect((await desk.request(`${casePath}/tanggapan`, { form: { response: "tidak_puas" } })).status).toBe(303);
    const sengketaPage = await desk.page(casePath);
    expect(sengketaPage.html).toContain("Sengketa di Komisi Informasi Provinsi Bengkulu");
    const noDate = await desk.request(`${casePath}/sengketa`, { form: { stage: "mediasi" } });
    expect(noDate.status).toBe(400);
    expect(await noDate.text()).toContain("Isi tanggal pengajuan ke Komisi Informasi");
  });
});
