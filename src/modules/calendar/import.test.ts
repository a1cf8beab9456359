import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestAgent, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { holidays } from "../../platform/calendar/index.ts";
import { sha256Hex } from "../../platform/crypto/keys.ts";
import { CALENDAR_CHANGED_JOB } from "./index.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const ics = (events: string[]) =>
  ["\uFEFFBEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Satu Pintu//uji//ID", ...events, "END:VCALENDAR", ""].join("\r\n");
const event = (uid: string, lines: string[]) =>
  ["BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20260101T000000Z", ...lines, "END:VEVENT"].join("\r\n");

const FILE = ics([
  event("a", ["DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20270102", "SUMMARY:Tahun Baru 2027 Masehi"]),
  event("b", ["DTSTART;VALUE=DATE:20270208", "DTEND;VALUE=DATE:20270209", "SUMMARY:Cuti Bersama Tahun Baru Imlek 2578"]),
  // Two days: DTEND is exclusive.
  event("c", ["DTSTART;VALUE=DATE:20270310", "DTEND;VALUE=DATE:20270312", "SUMMARY:Libur Uji Dua Hari"]),
  // 18:30 UTC on 19 March is 01:30 WIB on 20 March (and 19 March is already a libur nasional).
  event("d", ["DTSTART:20260319T183000Z", "DTEND:20260319T193000Z", "SUMMARY:Libur Uji Berjam"]),
  // Already seeded (same date and kind).
  event("e", ["DTSTART;VALUE=DATE:20260817", "SUMMARY:Proklamasi Kemerdekaan"]),
]);
const NEW = ["2026-03-20", "2027-01-01", "2027-02-08", "2027-03-10", "2027-03-11"];

function upload(agent: TestAgent, content: BlobPart, fields: Record<string, string> = {}) {
  const fd = new FormData();
  fd.set("_csrf", agent.csrfToken ?? "");
  fd.set("kind", "tebak");
  fd.set("basis", "SKB 3 Menteri No. 1/2026 (uji)");
  fd.set("reason", "Impor kalender libur resmi");
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  fd.set("berkas", new File([content], "libur.ics", { type: "text/calendar" }));
  return agent.request("/admin/kalender/impor", { body: fd });
}

const hidden = (html: string, name: string) => {
  const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!m) throw new Error(`no hidden field ${name}`);
  return m[1]
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
};
/** The preview table as [date, kind, status] rows. */
const previewRows = (html: string) =>
  [
    ...html.matchAll(/data-date="([\d-]+)"[\s\S]*?<\/td>[\s\S]*?<td[^>]*>[\s\S]*?<\/td>\s*<td[^>]*>([^<]+)<\/td>[\s\S]*?sp-status-(\w+)/g),
  ].map((m) => [m[1], m[2].trim(), m[3]]);

async function calendarJobs() {
  const r = await t.p.database.raw.query("SELECT data FROM pgboss.job WHERE name = $1 ORDER BY created_on", [CALENDAR_CHANGED_JOB]);
  return (r.rows as { data: { action: string; dates: string[]; reason: string } }[]).map((x) => x.data);
}

describe("holiday import from iCal: who may", () => {
  it("anonymous is sent to sign in; a citizen, a PPID Utama and an admin without TOTP get 403", async () => {
    expect((await t.agent().request("/admin/kalender/impor")).status).toBe(303);
    expect((await t.agent().request("/admin/kalender/impor", { form: { kind: "tebak" } })).status).toBe(401);
    for (const who of [
      await signInAs(t, { kind: "citizen" }),
      await signInAs(t, { roles: [{ role: "ppid_utama" }] }),
      await signInAs(t, { roles: [{ role: "admin" }], mfaPassed: false }),
    ]) {
      expect((await who.agent.request("/admin/kalender/impor")).status).toBe(403);
      expect((await upload(who.agent, FILE)).status).toBe(403);
      expect((await who.agent.request("/admin/kalender/impor/simpan", { form: { payload: "{}", signature: "x" } })).status).toBe(403);
    }
    expect(await t.p.db.select().from(holidays).where(eq(holidays.date, "2027-01-01"))).toEqual([]);
  });
});

describe("holiday import from iCal: what happens", () => {
  it("previews each day as new or already entered, then inserts only the new ones with one audit event and one calendar.changed job", async () => {
    const { agent } = await signInAs(t, { roles: [{ role: "admin" }] });
    const list = await agent.page("/admin/kalender");
    expect(list.html).toContain('href="/admin/kalender/impor"');
    const form = await agent.page("/admin/kalender/impor");
    expect(form.res.status).toBe(200);
    expect(form.html).toContain('enctype="multipart/form-data"');

    const res = await upload(agent, FILE);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(previewRows(html)).toEqual([
      ["2026-03-20", "Libur nasional", "baru"],
      ["2026-08-17", "Libur nasional", "sudah_ada"],
      ["2027-01-01", "Libur nasional", "baru"],
      ["2027-02-08", "Cuti bersama", "baru"],
      ["2027-03-10", "Libur nasional", "baru"],
      ["2027-03-11", "Libur nasional", "baru"],
    ]);
    expect(html).toContain(sha256Hex(Buffer.from(FILE)));
    expect(html).toContain("5 tanggal baru akan ditambahkan; 1 sudah tercatat");
    expect(html).toContain("Impor 5 hari libur");
    // The preview changed nothing.
    expect(await t.p.db.select().from(holidays).where(inArray(holidays.date, NEW))).toHaveLength(1); // the seeded cuti bersama on 20 March
    expect(await calendarJobs()).toEqual([]);

    const payload = hidden(html, "payload");
    const signature = hidden(html, "signature");
    // A preview edited in the browser is refused.
    const forged = payload.replace("Tahun Baru 2027 Masehi", "Libur Palsu");
    const bad = await agent.request("/admin/kalender/impor/simpan", { form: { payload: forged, signature } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Unggah berkasnya lagi");

    const ok = await agent.request("/admin/kalender/impor/simpan", { form: { payload, signature } });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/admin/kalender?tahun=2026&diimpor=5");
    expect((await agent.page("/admin/kalender?tahun=2026&diimpor=5")).html).toContain("5 hari libur diimpor");

    const rows = await t.p.db.select().from(holidays).where(inArray(holidays.date, NEW));
    expect(rows.map((r) => `${r.date} ${r.kind}`).sort()).toEqual([
      "2026-03-20 cuti_bersama",
      "2026-03-20 libur_nasional",
      "2027-01-01 libur_nasional",
      "2027-02-08 cuti_bersama",
      "2027-03-10 libur_nasional",
      "2027-03-11 libur_nasional",
    ]);
    expect(rows.find((r) => r.date === "2027-01-01")).toMatchObject({
      name: "Tahun Baru 2027 Masehi",
      basis: "SKB 3 Menteri No. 1/2026 (uji)",
    });
    expect(await t.p.db.select().from(holidays).where(eq(holidays.date, "2026-08-17"))).toHaveLength(1);

    const events = await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "holiday.imported"));
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ dates: NEW, sha256: sha256Hex(Buffer.from(FILE)), reason: "Impor kalender libur resmi" });
    expect(await calendarJobs()).toEqual([{ action: "imported", dates: NEW, reason: "Impor kalender libur resmi" }]);

    // Deadlines follow at once: Tuesday 9 March 2027 + 1 working day skips the imported 10 and 11 March.
    const due = await (await t.agent().request("/api/v1/calendar/deadline?from=2027-03-09&workingDays=1")).json();
    expect(due.due).toBe("2027-03-12");

    // The same preview confirmed again adds nothing and says why.
    const again = await agent.request("/admin/kalender/impor/simpan", { form: { payload, signature } });
    expect(again.status).toBe(400);
    const againHtml = await again.text();
    expect(againHtml).toContain("sudah tercatat");
    expect(againHtml).toContain('value="Impor kalender libur resmi"');
    expect(await calendarJobs()).toHaveLength(1);
  });

  it("refuses what is not an iCal file, or an unusable one, with a message beside the field and keeps what was typed", async () => {
    const { agent } = await signInAs(t, { roles: [{ role: "admin" }] });
    const cases: [BlobPart, string][] = [
      [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]), "bukan kalender iCalendar"],
      ["Tanggal,Nama\n2027-01-01,Tahun Baru\n", "bukan kalender iCalendar"],
      [ics([]), "tidak berisi satu pun acara"],
      [ics([event("x", ["DTSTART;VALUE=DATE:19991231", "SUMMARY:Terlalu Lama"])]), "di luar rentang tahun 2000–2100"],
      [
        ics(Array.from({ length: 501 }, (_, i) => event(`n${i}`, ["DTSTART;VALUE=DATE:20300101", `SUMMARY:Acara ${i}`]))),
        "paling banyak 500 sekali impor",
      ],
      ["", "Pilih berkas kalender"],
    ];
    for (const [content, message] of cases) {
      const res = await upload(agent, content, { basis: "Keppres No. 9/2027 (uji)" });
      expect(res.status, message).toBe(400);
      const html = await res.text();
      expect(html, message).toContain(message);
      expect(html).toContain('href="#berkas"');
      expect(html).toContain('value="Keppres No. 9/2027 (uji)"');
    }
    const tooBig = await upload(
      agent,
      ics([event("big", ["DTSTART;VALUE=DATE:20300101", `SUMMARY:Besar ${"x".repeat(190)}`, `DESCRIPTION:${"y".repeat(210 * 1024)}`])]),
    );
    expect(tooBig.status).toBe(400);
    expect(await tooBig.text()).toContain("paling banyak 200 KB");
    const noReason = await upload(agent, FILE, { reason: "" });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Tuliskan alasan");
    expect(await t.p.db.select().from(holidays).where(eq(holidays.date, "2030-01-01"))).toEqual([]);
  });
});
