/**
 * Search: the indonesian configuration's stemming, websearch syntax, filters, and above all that
 * every reader's hits, counts and snippets come only from records that reader may see (per class).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../../platform/db/client.ts";
import type { Actor } from "../../platform/http/actor.ts";
import { PUBLIC_SCOPE, readScope } from "./access.ts";
import { extractRecordText } from "./extract.ts";
import { HL_START, HL_STOP, searchRecords } from "./queries.ts";
import type { SecurityClass } from "./schema.ts";
import { fileTestRecord, twoUnits } from "./test-helpers.ts";

let t: TestPlatform;
let unitA: string;
let unitB: string;
const ids: Record<string, string> = {};

const staff = (roles: { role: string; unitId: string | null }[]): Actor => ({
  userId: "00000000-0000-4000-8000-000000000001",
  kind: "staff",
  name: "Uji",
  email: "uji@contoh.go.id",
  roles,
  clearance: "biasa",
  sessionId: "s",
  csrfToken: "c",
  mfaPassed: true,
});

/** Each record holds the word "anggaran" in its extracted text only, plus a word of its own (its key). */
const RECORDS: { key: string; cls: SecurityClass; pub: boolean; unit: "A" | "B" }[] = [
  { key: "rajawali", cls: "biasa", pub: true, unit: "A" },
  { key: "merpati", cls: "biasa", pub: false, unit: "A" },
  { key: "kenari", cls: "terbatas", pub: false, unit: "A" },
  { key: "cendrawasih", cls: "rahasia", pub: false, unit: "A" },
  { key: "kakaktua", cls: "sangat_rahasia", pub: false, unit: "A" },
  { key: "kutilang", cls: "terbatas", pub: false, unit: "B" },
  { key: "jalak", cls: "rahasia", pub: false, unit: "B" },
];

beforeAll(async () => {
  t = await createTestPlatform();
  [unitA, unitB] = await twoUnits(t);
  for (const r of RECORDS) {
    const { recordId } = await fileTestRecord(t, {
      unitId: r.unit === "A" ? unitA : unitB,
      title: `Arsip ${r.key}`,
      text: `Laporan ${r.key} tentang anggaran daerah tahun 2026`,
      securityClass: r.cls,
      isPublic: r.pub,
      sourceRef: r.key,
    });
    await extractRecordText(t.p, recordId);
    ids[r.key] = recordId;
  }
  const { recordId } = await fileTestRecord(t, {
    unitId: unitA,
    title: "Surat edaran bupati",
    text: "Bupati memerintahkan seluruh kepala dinas menyiapkan laporan",
    isPublic: true,
    recordDate: "2025-06-01",
    classificationCode: "100.3.4.2",
    documentType: "surat edaran",
    sourceRef: "edaran",
  });
  await extractRecordText(t.p, recordId);
  ids.edaran = recordId;
});
afterAll(() => t.close());

const keysOf = (hits: { id: string }[]) =>
  hits
    .map((h) => Object.entries(ids).find(([, id]) => id === h.id)?.[0])
    .filter(Boolean)
    .sort();

describe("permission inside the query", () => {
  const readers: [string, () => Actor | null, string[]][] = [
    ["anonymous", () => null, ["rajawali"]],
    ["a citizen", () => ({ ...staff([]), kind: "citizen" }), ["rajawali"]],
    ["staff without the second factor", () => ({ ...staff([{ role: "ppid_pelaksana", unitId: unitA }]), mfaPassed: false }), ["rajawali"]],
    ["staff of OPD A", () => staff([{ role: "ppid_pelaksana", unitId: unitA }]), ["kenari", "merpati", "rajawali"]],
    ["staff of OPD B", () => staff([{ role: "ppid_pelaksana", unitId: unitB }]), ["kutilang", "merpati", "rajawali"]],
    ["the arsiparis of OPD A", () => staff([{ role: "arsiparis", unitId: unitA }]), ["cendrawasih", "kenari", "merpati", "rajawali"]],
    [
      "a regency-wide arsiparis",
      () => staff([{ role: "arsiparis", unitId: null }]),
      ["cendrawasih", "jalak", "kenari", "kutilang", "merpati", "rajawali"],
    ],
    [
      "the regency's pimpinan",
      () => staff([{ role: "pimpinan", unitId: null }]),
      ["cendrawasih", "jalak", "kakaktua", "kenari", "kutilang", "merpati", "rajawali"],
    ],
    [
      "an admin",
      () => staff([{ role: "admin", unitId: null }]),
      ["cendrawasih", "jalak", "kakaktua", "kenari", "kutilang", "merpati", "rajawali"],
    ],
  ];

  for (const [who, actor, expected] of readers) {
    it(`${who}: hits, count and snippets only from readable records`, async () => {
      const scope = readScope(actor());
      const res = await searchRecords(t.p.db, scope, { q: "anggaran" });
      expect(keysOf(res.hits)).toEqual(expected);
      expect(res.total).toBe(expected.length);
      const hidden = RECORDS.map((r) => r.key).filter((k) => !expected.includes(k));
      for (const h of res.hits) {
        expect(h.snippet).toContain(`${HL_START}anggaran${HL_STOP}`);
        for (const k of hidden) expect(h.snippet).not.toContain(k);
      }
      // A word found only in a hidden record finds nothing and counts nothing.
      for (const k of hidden) {
        const r = await searchRecords(t.p.db, scope, { q: k });
        expect(r.total, k).toBe(0);
        expect(r.hits, k).toEqual([]);
      }
      // The class filter cannot widen the scope either.
      const secret = await searchRecords(t.p.db, scope, { securityClass: "sangat_rahasia" });
      expect(secret.total).toBe(expected.includes("kakaktua") ? 1 : 0);
    });
  }
});

describe("the indonesian configuration", () => {
  it("exists on this database", async () => {
    const rows = await queryRows<{ cfgname: string }>(t.p.db, sql`SELECT cfgname FROM pg_ts_config WHERE cfgname = 'indonesian'`);
    expect(rows).toHaveLength(1);
  });

  it("stems: 'pemerintahan' finds 'perintah' and 'memerintahkan', and 'perintah' finds them back (Snowball alone stems 'perintah' to 'intah')", async () => {
    const [stems] = await queryRows<{ a: string; b: string }>(
      t.p.db,
      sql`SELECT to_tsvector('indonesian', 'pemerintahan memerintahkan')::text AS a, to_tsvector('indonesian', 'perintah')::text AS b`,
    );
    expect(stems.a).toBe("'perintah':1,2");
    expect(stems.b).toBe("'intah':1");
    const admin = readScope(staff([{ role: "admin", unitId: null }]));
    const { recordId } = await fileTestRecord(t, {
      unitId: unitA,
      title: "Surat perintah tugas",
      classificationCode: "500.12.18.1",
      text: "Perintah kepada staf untuk berangkat",
      isPublic: true,
      sourceRef: "sprint",
    });
    await extractRecordText(t.p, recordId);
    ids.sprint = recordId;
    const res = await searchRecords(t.p.db, PUBLIC_SCOPE, { q: "pemerintahan" });
    expect(keysOf(res.hits)).toEqual(["edaran", "sprint"]);
    const edaran = res.hits.find((h) => h.id === ids.edaran);
    expect(edaran?.snippet).toContain(`${HL_START}memerintahkan${HL_STOP}`);
    expect(keysOf((await searchRecords(t.p.db, PUBLIC_SCOPE, { q: "perintah" })).hits)).toEqual(["edaran", "sprint"]);
    expect(keysOf((await searchRecords(t.p.db, PUBLIC_SCOPE, { q: "diperintahkan laporan" })).hits)).toEqual(["edaran"]);
    // A minus keeps its meaning: the word and its other forms are not let back in.
    expect(keysOf((await searchRecords(t.p.db, admin, { q: "staf -perintah" })).hits)).toEqual([]);
    expect(keysOf((await searchRecords(t.p.db, admin, { q: "berangkat -memerintahkan" })).hits)).toEqual(["sprint"]);
  });

  it("takes websearch syntax: a phrase, OR, and a minus", async () => {
    const admin = readScope(staff([{ role: "admin", unitId: null }]));
    expect(keysOf((await searchRecords(t.p.db, admin, { q: '"laporan rajawali"' })).hits)).toEqual(["rajawali"]);
    expect(keysOf((await searchRecords(t.p.db, admin, { q: '"tentang rajawali"' })).hits)).toEqual([]);
    expect(keysOf((await searchRecords(t.p.db, admin, { q: "rajawali OR merpati" })).hits)).toEqual(["merpati", "rajawali"]);
    expect(keysOf((await searchRecords(t.p.db, admin, { q: "anggaran -kenari -kutilang -jalak -cendrawasih -kakaktua" })).hits)).toEqual([
      "merpati",
      "rajawali",
    ]);
  });

  it("filters by OPD, code prefix, year and type; ranks the title above the body", async () => {
    const admin = readScope(staff([{ role: "admin", unitId: null }]));
    expect((await searchRecords(t.p.db, admin, { q: "anggaran", unitId: unitB })).total).toBe(2);
    expect(keysOf((await searchRecords(t.p.db, admin, { code: "100.3.4" })).hits)).toEqual(["edaran"]);
    expect(keysOf((await searchRecords(t.p.db, admin, { code: "100.3" })).hits)).toHaveLength(8);
    expect(keysOf((await searchRecords(t.p.db, admin, { year: 2025 })).hits)).toEqual(["edaran"]);
    expect(keysOf((await searchRecords(t.p.db, admin, { documentType: "Surat Edaran" })).hits)).toEqual(["edaran"]);
    // "rajawali" is in one record's title and body; make another mention it in the body only.
    const { recordId } = await fileTestRecord(t, {
      unitId: unitA,
      title: "Catatan burung",
      text: "rajawali rajawali rajawali",
      sourceRef: "catatan",
    });
    await extractRecordText(t.p, recordId);
    const ranked = await searchRecords(t.p.db, admin, { q: "rajawali" });
    expect(ranked.hits[0].id).toBe(ids.rajawali);
    const byDate = await searchRecords(t.p.db, admin, { q: "rajawali", sort: "date" });
    expect(byDate.hits).toHaveLength(2);
  });
});
