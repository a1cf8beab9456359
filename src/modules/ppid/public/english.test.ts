import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../../test/ppid.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../../platform/work.ts";
import { addEvent, refreshClock } from "../case.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { ppidRequests } from "../schema.ts";
import { requestFormData } from "./test-helpers.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
let ipSeq = 0;
const fromNewIp = () => ({ "x-forwarded-for": `198.51.100.${++ipSeq}` });

beforeAll(async () => {
  t = await createTestPlatform({ TRUST_PROXY: "true" });
});
afterAll(async () => t.close());

/** An English civil date, e.g. "Monday, 14 December 2026". */
const ENGLISH_DATE =
  /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;
const INDONESIAN_DATE = /(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4}/;

/** The page's own content, without the shared header and footer (their words are the layout's). */
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;

/** No message key leaked (an unknown key renders as itself) and none of these Indonesian words is left. */
function expectNoIndonesian(html: string, words: string[]) {
  const body = main(html);
  expect(body).not.toContain("ppid.public.");
  for (const w of words) expect(body, w).not.toContain(w);
}

async function file(over: Record<string, unknown> = {}) {
  const r = await submitRequest(t.p, null, META, {
    channel: "api",
    raw: { ...validRequest(over), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
  });
  return { ...r, number: r.number!, path: `/ppid/lacak/${r.number}/${r.secret}` };
}

describe("the citizen's PPID pages in English (/en/…)", () => {
  it("/en/ppid explains the service and the statutory timeline in English, cacheable and without a cookie", async () => {
    const res = await t.agent().request("/en/ppid");
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("cache-control")).toContain("public");
    expect(html).toContain("<title>Public information service (PPID)");
    expect(html).toContain("Public information service (PPID)</h1>");
    expect(html).toContain("Before you start");
    expect(html).toContain("Time limits set by law");
    expect(html).toContain("<strong>10 working days</strong>");
    expect(html).toContain("<strong>7 working days</strong>");
    expect(html).toContain("<strong>30 working days</strong>");
    expect(html).toContain("<strong>14 working days</strong>");
    expect(html).toContain("at 16:00 WIB or later");
    expect(html).toContain("objection (<strong>keberatan</strong>)");
    for (const link of ["/en/ppid/permohonan", "/en/ppid/lacak", "/en/ppid/dip", "/en/ppid/register", "/en/kalender/tenggat"]) {
      expect(html).toContain(`href="${link}"`);
    }
    expectNoIndonesian(html, [
      "Sebelum mulai",
      "Jangka waktu menurut undang-undang",
      "Lacak permohonan",
      "hari kerja",
      "Ajukan permohonan",
    ]);
    // The same address in Indonesian is unchanged.
    const id = await (await t.agent().request("/ppid")).text();
    expect(id).toContain("Jangka waktu menurut undang-undang");
    expect(id).toContain("<strong>10 hari kerja</strong>");
    expect(main(id)).not.toContain("Time limits set by law");
  });

  it("/en/ppid/permohonan: every label, hint, legend, option and the statement in English; it posts to /en", async () => {
    const res = await t.agent().request("/en/ppid/permohonan");
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("cache-control")).toContain("public");
    for (const s of [
      "Request information</h1>",
      "Back to the public information service",
      "You are asking as",
      "A legal entity (badan hukum)",
      "Full name",
      "NIK (national identity number)",
      "Are you asking on behalf of someone else?",
      "Power of attorney (surat kuasa)",
      "Details of the information you need",
      "How you want to get the information",
      "Getting an electronic copy (softcopy)",
      "How you want to receive a copy",
      "Collect it in person",
      "Do not show the details of my request in the public register",
      "Photo or scan of your KTP",
      "I declare that the details I have given are true",
      "Send request",
    ]) {
      expect(html, s).toContain(s);
    }
    expect(html).toContain('action="/en/ppid/permohonan"');
    expectNoIndonesian(html, [
      "Data pemohon",
      "Nama lengkap",
      "Kuasa</legend>",
      "Informasi yang Anda minta",
      "Cara memperoleh informasi",
      "Mengambil langsung",
      "Dokumen identitas",
      "Pernyataan",
      "Saya menyatakan",
      "Kirim permohonan",
      "Jangan isi kolom ini",
    ]);
  });

  it("a bad English submission keeps the English page around the (Indonesian) validation messages", async () => {
    const res = await t.agent().request("/en/ppid/permohonan", {
      body: requestFormData({ name: "" }),
      headers: fromNewIp(),
    });
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain("<title>Error: Request information");
    expect(html).toContain("There is a problem");
    expect(html).toContain("Isi nama lengkap.");
    expect(html).toContain("For your security, the files you chose were not kept.");
    expect(main(html)).not.toContain("Ada masalah");
  });

  it("the English confirmation and tracking pages: dates in English, history labels, clock explanation, withdraw form", async () => {
    const res = await t.agent().request("/en/ppid/permohonan", { body: requestFormData(), headers: fromNewIp() });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(html).toContain("Information request sent</h1>");
    expect(html).toContain("Your registration number");
    expect(html).toContain("Deadline for the written notice");
    expect(html).toMatch(ENGLISH_DATE);
    expect(html).toContain("Keep this registration number and secret code.");
    expectNoIndonesian(html, ["Permohonan informasi terkirim", "Selanjutnya", "Kode rahasia", "Batas waktu"]);
    expect(main(html)).not.toMatch(INDONESIAN_DATE);
    const m = /href="(\/en\/ppid\/lacak\/PPID-\d{4}-\d{6}\/[A-Za-z0-9_%-]+)"/.exec(html);
    expect(m).not.toBeNull();
    const path = m![1];

    const track = await t.agent().request(path);
    const page = await track.text();
    expect(track.status).toBe(200);
    expect(track.headers.get("cache-control")).toContain("no-store");
    expect(track.headers.get("set-cookie")).toBeNull();
    for (const s of [
      "Information request",
      "Registered",
      "How the deadline was worked out",
      "The deadline is working day 10 after that",
      "History of your request",
      "Request received",
      "Request registered</strong> with number PPID-",
      "Receipt for your request (tanda bukti, PDF)",
      "Your request</h2>",
      "Getting an electronic copy (softcopy)",
      "Not satisfied?",
      "File an objection (keberatan)",
      "Withdraw the request",
      "Reason (optional)",
    ]) {
      expect(page, s).toContain(s);
    }
    expect(page).toMatch(ENGLISH_DATE);
    expect(page).toMatch(/at \d{2}:\d{2} WIB/);
    expect(page).toContain(`action="${path}/tarik"`);
    expectNoIndonesian(page, [
      "Cara batas waktu dihitung",
      "Riwayat permohonan",
      "Permohonan diterima",
      "Permohonan diregistrasi",
      "Tarik permohonan",
      "Terregistrasi",
      "Tidak puas?",
      "hari kerja",
      "pukul",
    ]);
    expect(main(page)).not.toMatch(INDONESIAN_DATE);

    // Withdrawing in English comes back to the English page with an English banner.
    const done = await t.agent().request(`${path}/tarik`, { form: { reason: "" } });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`${path}?selesai=ditarik`);
    const after = await (await t.agent().request(`${path}?selesai=ditarik`)).text();
    expect(after).toContain("Your request has been withdrawn.");
    expect(after).toContain("Withdrawn by the requester");
    expect(after).toContain("You withdrew the request");
    expect(main(after)).not.toContain("Berhasil");
  });

  it("a request waiting for clarification, extended and decided reads in English, the staff's note as written", async () => {
    const r = await file({ email: "en@contoh.id" });
    await inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
      const [req] = await w.tx.select().from(ppidRequests).where(eq(ppidRequests.id, r.id));
      await w.tx.update(ppidRequests).set({ state: "PERLU_KELENGKAPAN", pausedFrom: req.state }).where(eq(ppidRequests.id, r.id));
      await addEvent(w, r.id, { ...SYSTEM_ACTOR, name: "Petugas" }, { kind: "clarification_requested", note: "Tahun anggaran berapa?" });
      await refreshClock(w, req);
    });
    const en = `/en${r.path}`;
    const paused = await (await t.agent().request(en)).text();
    expect(paused).toContain("The PPID needs more details about your request");
    expect(paused).toContain("Tahun anggaran berapa?");
    expect(paused).toContain("Paused: waiting for more details from you");
    expect(paused).toContain("then starts again from the beginning (10 working days)");
    expect(paused).toContain("the PPID asked for more details. The response time is paused");
    expect(paused).toContain("Your answer or additional details");
    expect(paused).toContain("Send the details");
    expect(paused).toContain(`action="${en}/kelengkapan"`);
    expectNoIndonesian(paused, [
      "PPID meminta kelengkapan permohonan",
      "Berhenti sementara",
      "Kirim kelengkapan",
      "Lampiran (tidak wajib)",
    ]);

    const empty = new FormData();
    empty.append("answer", "");
    const refused = await t.agent().request(`${en}/kelengkapan`, { body: empty, headers: fromNewIp() });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain("<title>Error: Request PPID-");
    expect(refusedHtml).toContain("There is a problem");

    const answer = new FormData();
    answer.append("answer", "Tahun anggaran 2026.");
    expect((await t.agent().request(`${en}/kelengkapan`, { body: answer, headers: fromNewIp() })).status).toBe(303);
    await inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
      const [req] = await w.tx.select().from(ppidRequests).where(eq(ppidRequests.id, r.id));
      await addEvent(w, r.id, { ...SYSTEM_ACTOR, name: "Petugas" }, { kind: "extended", note: "Dokumen di arsip.", data: { days: 7 } });
      await refreshClock(w, req);
    });
    await inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
      const [req] = await w.tx.select().from(ppidRequests).where(eq(ppidRequests.id, r.id));
      const now = new Date();
      await w.tx
        .update(ppidRequests)
        .set({ state: "DIPUTUS", decision: "dikabulkan_sebagian", decidedAt: now })
        .where(eq(ppidRequests.id, r.id));
      await addEvent(w, r.id, { ...SYSTEM_ACTOR, name: "Petugas" }, { kind: "decided", at: now, visibility: "staff" });
      await refreshClock(w, req);
      // What the response and keberatan modules write for the requester, with their Indonesian notes.
      await addEvent(w, r.id, SYSTEM_ACTOR, {
        kind: "notice_sent",
        at: now,
        note: "Dikabulkan sebagian",
        data: { decision: "dikabulkan_sebagian" },
      });
      await addEvent(w, r.id, SYSTEM_ACTOR, {
        kind: "objection_filed",
        note: "Keberatan KEB-2026-000001 diajukan.",
        data: { number: "KEB-2026-000001" },
      });
    });
    const decided = await (await t.agent().request(en)).text();
    for (const s of [
      "Decided (written notice sent)",
      "Granted in part",
      "Deadline for the written notice (at the time)",
      "(extended)",
      "Last day to file an objection (keberatan)",
      "(30 working days from the written notice)",
      "The PPID extended the response time by 7 working days",
      "Additional details received on",
      "The response time starts again from the beginning, 10 working days",
      "Written notice sent on",
      "Response time extended",
      "Dokumen di arsip.",
      "Written notice (pemberitahuan tertulis) sent</strong>",
      "Objection (keberatan) filed</strong>",
      "Objection KEB-2026-000001 filed.",
    ]) {
      expect(decided, s).toContain(s);
    }
    expectNoIndonesian(decided, [
      "Dikabulkan sebagian",
      "sudah diperpanjang",
      "Batas akhir mengajukan keberatan",
      "Keputusan",
      "diajukan",
      "<strong>notice sent</strong>",
    ]);
    // The Indonesian page of the same request is still Indonesian.
    const id = await (await t.agent().request(r.path)).text();
    expect(id).toContain("Dikabulkan sebagian");
    expect(id).toContain("<strong>Pemberitahuan tertulis dikirim</strong>");
    expect(id).toContain("<strong>Keberatan diajukan</strong>");
    expect(id).toContain("Keberatan KEB-2026-000001 diajukan.");
    expect(id).toContain("PPID memperpanjang waktu pelayanan 7 hari kerja");
    expect(id).toMatch(INDONESIAN_DATE);
  });

  it("the lookup page and the not-found page speak English, with English field errors", async () => {
    const start = await t.agent().request("/en/ppid/lacak");
    expect(start.headers.get("set-cookie")).toBeNull();
    const startHtml = await start.text();
    expect(startHtml).toContain("Track an information request</h1>");
    expect(startHtml).toContain('action="/en/ppid/lacak"');
    expectNoIndonesian(startHtml, ["Lacak permohonan informasi", "Nomor pendaftaran", "Kode rahasia", "Punya akun warga?"]);

    const bad = await t.agent().request("/en/ppid/lacak?nomor=123&kode=");
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("PPID-YEAR-NUMBER");
    expect(badHtml).toContain("Enter the secret code exactly");

    const r = await file();
    const go = await t.agent().request(`/en/ppid/lacak?nomor=${r.number}&kode=${r.secret}`);
    expect(go.headers.get("location")).toBe(`/en${r.path}`);

    const missing = await t.agent().request(`/en/ppid/lacak/PPID-2026-999999/${r.secret}`);
    expect(missing.status).toBe(404);
    const missingHtml = await missing.text();
    expect(missingHtml).toContain("Request not found</h1>");
    expectNoIndonesian(missingHtml, ["Permohonan tidak ditemukan", "Coba lagi"]);
  });
});
