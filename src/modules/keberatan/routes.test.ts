/** The objection pages through the app: public form and tracking, the desk, the Atasan PPID's decision. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import type { TestPlatform } from "../../../test/platform.ts";
import { outbox } from "../../platform/mail/schema.ts";
import { ppidRequests } from "../ppid/index.ts";
import { decideObjection, findObjectionByNumber, forwardObjection, getObjection } from "./index.ts";
import { fileAtDesk, keberatanSuite, META, overdueRequest, staffActor } from "./test-helpers.ts";

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

describe("the requester's pages in English", () => {
  it("start, form and tracking under /en speak English, the law's days included", async () => {
    const r = await overdueRequest(t, "english@contoh.id");
    const agent = t.agent();
    const start = await (await agent.request("/en/ppid/keberatan")).text();
    expect(start).toContain("within 30 working days of the day its ground arose");
    expect(start).toContain("You can also file an objection in person");
    const form = await (await agent.request(`/en/ppid/keberatan/baru?nomor=${r.number}&kode=${r.secret}`)).text();
    expect(form).toContain("Grounds for the objection (Law 14/2008 Article 35(1))");
    expect(form).toContain("(c) The request was not answered");
    expect(form).toContain("Other grounds, not yet or no longer open");
    expect(form).not.toContain("Batas waktu pemberitahuan tertulis");
    const ok = await agent.request("/en/ppid/keberatan/baru", {
      form: { nomor: r.number ?? "", kode: r.secret, reasons: ["c"], kasusPosisi: "No answer at all.", purpose: "Research." },
    });
    expect(ok.status).toBe(303);
    const location = ok.headers.get("location") ?? "";
    expect(location).toMatch(/^\/en\/ppid\/keberatan\/KEB-/);
    const track = await (await agent.request(location)).text();
    expect(track).toContain("Your objection was received with number");
    expect(track).toContain("Objection received");
    expect(track).toContain("Answer due from the PPID&#39;s superior");
    expect(track).not.toContain("Keberatan diterima");
  });
});

describe("a signed-in citizen's objections", () => {
  it("lists the objections on the account's requests and takes PUAS without the secret link; others see nothing", async () => {
    const { agent, userId } = await signInAs(t, { kind: "citizen", name: "Rahma Putri", email: "rahma.akun@contoh.id" });
    const r = await overdueRequest(t, "rahma.akun@contoh.id");
    await t.p.db.update(ppidRequests).set({ userId }).where(eq(ppidRequests.id, r.id));
    // Filed through the secret link, not signed in: the objection knows no account, the request does.
    const filed = await t.agent().request("/ppid/keberatan/baru", {
      form: { nomor: r.number ?? "", kode: r.secret, reasons: ["c"], kasusPosisi: "Belum ada jawaban.", purpose: "Kajian." },
    });
    const number = /KEB-\d{4}-\d{6}/.exec(filed.headers.get("location") ?? "")![0];
    const k = (await findObjectionByNumber(t.p.db, number))!;
    expect(k.filedBy).toBeNull();

    const empty = await (await signInAs(t, { kind: "citizen" })).agent.page("/akun/keberatan");
    expect(empty.html).toContain("Belum ada keberatan");
    expect(empty.html).not.toContain(number);
    const list = await agent.page("/akun/keberatan");
    expect(list.res.headers.get("cache-control")).toContain("private");
    expect(list.html).toContain(`href="/ppid/keberatan/saya/${number}"`);
    expect((await agent.page("/akun/permohonan")).html).toContain('href="/akun/keberatan"');

    await forwardObjection(t.p, await staffActor(t, "petugas_layanan"), META, k.id, { note: "Mohon diputus." });
    await decideObjection(t.p, await staffActor(t, "atasan_ppid", "Drs. Atasan"), META, k.id, {
      decision: "dikabulkan",
      decisionText: "PPID wajib memberikan informasi yang diminta.",
      position: "Sekretaris Daerah",
    });
    expect((await agent.page("/akun/keberatan")).html).toContain("Menunggu jawaban Anda");
    const page = await agent.page(`/ppid/keberatan/saya/${number}`);
    expect(page.res.status).toBe(200);
    expect(page.res.headers.get("cache-control")).toContain("no-store");
    expect(page.html).toContain(`action="/ppid/keberatan/saya/${number}/tanggapan"`);

    // Another citizen and nobody signed in can neither see it nor answer it.
    const other = await signInAs(t, { kind: "citizen" });
    expect((await other.agent.request(`/ppid/keberatan/saya/${number}`)).status).toBe(404);
    expect(
      (
        await other.agent.request(`/ppid/keberatan/saya/${number}/tanggapan`, {
          form: { response: "puas", _csrf: other.agent.csrfToken ?? "" },
        })
      ).status,
    ).toBe(404);
    // Nobody signed in is sent to sign in first.
    for (const path of [`/ppid/keberatan/saya/${number}`, "/akun/keberatan"]) {
      const anon = await t.agent().request(path);
      expect(anon.status).toBe(303);
      expect(anon.headers.get("location")).toMatch(/^\/masuk/);
    }

    const bad = await agent.request(`/ppid/keberatan/saya/${number}/tanggapan`, { form: { _csrf: agent.csrfToken ?? "" } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Pilih apakah pemohon puas");
    const ok = await agent.request(`/ppid/keberatan/saya/${number}/tanggapan`, {
      form: { response: "puas", _csrf: agent.csrfToken ?? "" },
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/ppid/keberatan/saya/${number}`);
    expect(await getObjection(t.p.db, k.id)).toMatchObject({ state: "SELESAI", requesterResponse: "puas" });
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
