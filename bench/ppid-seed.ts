/**
 * Load data for bench/ppid.ts: N PPID requests (default 100,000) spread evenly
 * over 2024-01-01 … today (Asia/Jakarta), across every active OPD, in every
 * state, written straight into the tables with set-based SQL (one plan table
 * built with generate_series, then INSERT … SELECT in chunks). Deterministic:
 * every choice is a hash of the row number, so two runs seed the same data.
 *
 * Per request: the ppid_requests row (gap-free PPID-YYYY-NNNNNN numbers after
 * whatever the year's counter already holds; ppid_counters set to the last
 * one), its events (received, registered, assigned, clarification_requested,
 * decided, handed_over, closed, withdrawn — whichever its state implies) and,
 * for decided requests, an approved ppid_responses row in the shape of
 * src/modules/ppid/response/content.ts (refusals cite a ditetapkan DIK entry
 * when the database has one). due_on is receipt + 14 calendar days (load data,
 * not a statutory computation); about 8% of decisions are late; open requests
 * older than their due date are overdue, some long overdue.
 *
 * Mix (by age of the request): older than 60 days ≈ 94% SELESAI, 3% DITARIK,
 * 1% DIPUTUS, 1% INFORMASI_DISERAHKAN, 1% still open; the last two weeks
 * mostly open. Decisions: 60% dikabulkan seluruhnya, 15% sebagian, 10%
 * ditolak, 10% tidak dikuasai, 5% belum didokumentasikan. 5% hide their text.
 * No files are attached (the register, queue and report do not read them).
 */
import type { RawClient } from "../src/platform/db/client.ts";

export interface SeedOptions {
  count: number;
  /** Last day of receipt (YYYY-MM-DD, Asia/Jakarta); default: today. */
  until?: string;
  /** Rows per INSERT chunk. */
  chunk?: number;
  log?: (line: string) => void;
}

export interface SeedResult {
  requests: number;
  events: number;
  responses: number;
  byState: Record<string, number>;
  counters: Record<number, number>;
  ms: number;
}

const jakartaToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** h(i, salt) → 0..999, deterministic per row. */
const h = (salt: string) => `(abs(hashtext(i::text || '${salt}')) % 1000)`;

const FIRST = [
  "Siti",
  "Ahmad",
  "Dewi",
  "Budi",
  "Rina",
  "Agus",
  "Nur",
  "Hendra",
  "Yuliana",
  "Rahmat",
  "Fitri",
  "Joko",
  "Lestari",
  "Andi",
  "Wahyuni",
  "Rudi",
  "Maya",
  "Iwan",
  "Sari",
  "Dedi",
];
const LAST = [
  "Rahmawati",
  "Saputra",
  "Hidayat",
  "Lestari",
  "Pratama",
  "Susanti",
  "Wijaya",
  "Kurniawan",
  "Handayani",
  "Setiawan",
  "Marlina",
  "Syahputra",
  "Anggraini",
  "Firmansyah",
  "Yulianti",
  "Gunawan",
];
const PLACES = [
  "Desa Pelabai, Kecamatan Tubei",
  "Kelurahan Pasar Muara Aman, Kecamatan Lebong Utara",
  "Desa Tes, Kecamatan Lebong Selatan",
  "Desa Talang Ratu, Kecamatan Rimbo Pengadang",
  "Desa Embong, Kecamatan Uram Jaya",
  "Desa Topos, Kecamatan Topos",
  "Desa Bungin, Kecamatan Bingin Kuning",
  "Desa Semelako, Kecamatan Lebong Tengah",
  "Desa Tunggang, Kecamatan Pinang Belapis",
  "Desa Lemeu, Kecamatan Amen",
];
const JOBS = [
  "Wiraswasta",
  "Mahasiswa",
  "Petani",
  "Guru",
  "Wartawan",
  "Karyawan swasta",
  "Peneliti",
  "Ibu rumah tangga",
  "Advokat",
  "Pengurus LSM",
];
const DOCS = [
  "Salinan Dokumen Pelaksanaan Anggaran (DPA)",
  "Laporan realisasi anggaran",
  "Rencana kerja dan anggaran",
  "Daftar penerima bantuan",
  "Salinan kontrak pengadaan barang dan jasa",
  "Laporan kinerja instansi pemerintah (LKjIP)",
  "Standar operasional prosedur pelayanan",
  "Data jumlah pegawai menurut golongan",
  "Salinan surat keputusan tentang tim pelaksana kegiatan",
  "Laporan hasil monitoring dan evaluasi program",
];
const PURPOSES = [
  "Bahan penelitian skripsi tentang pelayanan publik di Kabupaten Lebong.",
  "Pemberitaan media tentang penggunaan anggaran daerah.",
  "Pengawasan masyarakat atas program pembangunan desa.",
  "Bahan kajian kelompok masyarakat tentang layanan dasar.",
  "Kelengkapan laporan organisasi kepada anggota.",
  "Referensi penyusunan proposal kegiatan kemasyarakatan.",
];
/** Access methods and the copy delivery they need. */
const ACCESS = [
  ['["salinan_softcopy"]', "email"],
  ['["salinan_hardcopy"]', "ambil_langsung"],
  ['["melihat","membaca"]', null],
  ['["salinan_softcopy","mencatat"]', "email"],
  ['["salinan_hardcopy","salinan_softcopy"]', "pos"],
] as const;

const arr = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]::text[]`;
/** xs[1 + hash % len] */
const pick = (xs: readonly string[], salt: string) => `(${arr(xs)})[1 + (abs(hashtext(i::text || '${salt}')) % ${xs.length})]`;

/** The plan: one row per request with every derived value, as a temporary table. */
function planSql(count: number, start: string, until: string, now: string): string {
  return `
CREATE TEMP TABLE bench_plan AS
WITH u AS (
  SELECT array_agg(id ORDER BY code) AS ids, array_agg(name ORDER BY code) AS names, count(*)::int AS n
  FROM units WHERE status = 'active'
),
base AS (
  SELECT i,
    ('${start}'::date + ((i - 1)::bigint * (('${until}'::date - '${start}'::date) + 1) / ${count})::int) AS day,
    ${h("m")} * 0.48 AS minute,
    ${h("s")} AS hs, ${h("d")} AS hd, ${h("o")} AS ho, ${h("c")} AS hc, ${h("r")} AS hr, ${h("u")} AS hu
  FROM generate_series(1, ${count}) AS i
),
aged AS (
  SELECT b.*, ('${until}'::date - b.day) AS age,
    ((b.day + make_interval(mins => 480 + b.minute::int))::timestamp - interval '7 hours') AT TIME ZONE 'UTC' AS received_at
  FROM base b
),
st AS (
  SELECT a.*,
    CASE
      WHEN a.age <= 1 THEN CASE WHEN hs < 150 THEN 'DIAJUKAN' WHEN hs < 700 THEN 'TERREGISTRASI' WHEN hs < 950 THEN 'DIPROSES' ELSE 'PERLU_KELENGKAPAN' END
      WHEN a.age <= 14 THEN CASE WHEN hs < 80 THEN 'TERREGISTRASI' WHEN hs < 530 THEN 'DIPROSES' WHEN hs < 600 THEN 'PERLU_KELENGKAPAN'
        WHEN hs < 750 THEN 'DIPUTUS' WHEN hs < 850 THEN 'INFORMASI_DISERAHKAN' WHEN hs < 970 THEN 'SELESAI' ELSE 'DITARIK' END
      WHEN a.age <= 60 THEN CASE WHEN hs < 10 THEN 'TERREGISTRASI' WHEN hs < 50 THEN 'DIPROSES' WHEN hs < 80 THEN 'PERLU_KELENGKAPAN'
        WHEN hs < 130 THEN 'DIPUTUS' WHEN hs < 180 THEN 'INFORMASI_DISERAHKAN' WHEN hs < 970 THEN 'SELESAI' ELSE 'DITARIK' END
      ELSE CASE WHEN hs < 5 THEN 'DIPROSES' WHEN hs < 10 THEN 'PERLU_KELENGKAPAN' WHEN hs < 20 THEN 'DIPUTUS'
        WHEN hs < 30 THEN 'INFORMASI_DISERAHKAN' WHEN hs < 970 THEN 'SELESAI' ELSE 'DITARIK' END
    END AS state
  FROM aged a
),
dec AS (
  SELECT s.*,
    CASE
      WHEN s.state = 'INFORMASI_DISERAHKAN' THEN CASE WHEN hd < 800 THEN 'dikabulkan_seluruhnya' ELSE 'dikabulkan_sebagian' END
      WHEN s.state IN ('DIPUTUS', 'SELESAI') THEN CASE WHEN hd < 600 THEN 'dikabulkan_seluruhnya' WHEN hd < 750 THEN 'dikabulkan_sebagian'
        WHEN hd < 850 THEN 'ditolak' WHEN hd < 950 THEN 'tidak_dikuasai' ELSE 'belum_didokumentasikan' END
    END AS decision,
    -- calendar days to the decision: 1..13, about 8% late (15..25)
    CASE WHEN ho < 80 THEN 15 + ho % 11 ELSE 1 + ho % 13 END AS decide_days,
    CASE WHEN hc < 450 THEN 'online' WHEN hc < 500 THEN 'api' WHEN hc < 750 THEN 'walk_in' WHEN hc < 870 THEN 'letter'
      WHEN hc < 920 THEN 'phone' ELSE 'email' END AS channel0,
    CASE WHEN hr < 850 THEN 'perorangan' WHEN hr < 950 THEN 'badan_hukum' ELSE 'kelompok' END AS requester_type
  FROM st s
),
t AS (
  SELECT d.*,
    CASE WHEN d.state = 'DIAJUKAN' THEN 'email' ELSE d.channel0 END AS channel,
    extract(year FROM d.day)::int AS year,
    CASE WHEN d.channel0 IN ('online', 'api') THEN d.received_at ELSE d.received_at + make_interval(mins => 5 + d.hc % 90) END AS registered_at0,
    least(d.received_at + make_interval(days => d.decide_days, hours => 2), '${now}'::timestamptz - interval '1 hour') AS decided_at0,
    (u.ids)[1 + floor(u.n * power(d.hu / 1000.0, 1.6))::int] AS unit_id,
    (u.names)[1 + floor(u.n * power(d.hu / 1000.0, 1.6))::int] AS unit_name
  FROM dec d CROSS JOIN u
),
f AS (
  SELECT t.i, t.day, t.received_at, t.state, t.decision, t.channel, t.requester_type, t.year, t.unit_name,
    CASE WHEN t.state = 'DIAJUKAN' THEN NULL ELSE least(t.registered_at0, '${now}'::timestamptz) END AS registered_at,
    CASE WHEN t.state IN ('DIAJUKAN', 'TERREGISTRASI') THEN NULL ELSE t.unit_id END AS unit_id,
    CASE WHEN t.decision IS NOT NULL THEN greatest(t.decided_at0, t.received_at + interval '1 hour') END AS decided_at,
    CASE WHEN t.state = 'DITARIK' THEN least(t.received_at + make_interval(days => 1 + t.ho % 5), '${now}'::timestamptz) END AS withdrawn_at,
    (t.day + 14) AS due_on,
    t.hd, t.ho, t.hc, t.hr, t.hu, t.hs
  FROM t
)
SELECT gen_random_uuid() AS id, f.*,
  CASE WHEN f.state = 'INFORMASI_DISERAHKAN' OR (f.state = 'SELESAI' AND f.decision LIKE 'dikabulkan%')
       THEN least(f.decided_at + make_interval(days => 1 + f.ho % 3), '${now}'::timestamptz) END AS handed_over_at,
  CASE WHEN f.state = 'SELESAI' THEN least(f.decided_at + make_interval(days => 2 + f.ho % 4), '${now}'::timestamptz) END AS closed_at,
  NULL::int AS seq, NULL::text AS number, NULL::text AS letter
FROM f;
ALTER TABLE bench_plan ADD PRIMARY KEY (i);
`;
}

/** Numbers: gap-free per year after what the counter already holds, in order of receipt. */
const numberSql = `
UPDATE bench_plan p SET seq = n.seq, number = 'PPID-' || p.year || '-' || lpad(n.seq::text, 6, '0'),
  letter = '500.12.18.1/' || n.seq || '/PPID/' || p.year
FROM (
  SELECT i, coalesce(c.last, 0) + row_number() OVER (PARTITION BY b.year ORDER BY b.received_at, b.i) AS seq
  FROM bench_plan b LEFT JOIN ppid_counters c ON c.year = b.year
  WHERE b.state <> 'DIAJUKAN'
) n WHERE n.i = p.i;
`;

function requestsSql(from: number, to: number): string {
  const copy = `(ARRAY[${ACCESS.map((a) => (a[1] ? `'${a[1]}'` : "NULL")).join(",")}]::text[])[1 + hc % ${ACCESS.length}]`;
  return `
INSERT INTO ppid_requests (id, number, year, seq, letter_number, state, paused_from, channel, tracking_hash, requester_type, name, nik,
  legal_doc_number, address, phone, email, occupation, details, purpose, access_methods, copy_delivery, hide_text, submitted_at,
  received_at, registered_at, unit_id, due_on, clock_status, extended, decision, information_status, decided_at, fee,
  handed_over_at, closed_at, withdrawn_at, created_at, updated_at)
SELECT id, number, CASE WHEN seq IS NULL THEN NULL ELSE year END, seq, letter,
  state, CASE WHEN state = 'PERLU_KELENGKAPAN' THEN 'DIPROSES' END, channel,
  encode(sha256(convert_to('bench-' || i, 'UTF8')), 'hex'),
  requester_type,
  CASE WHEN requester_type = 'badan_hukum' THEN 'Yayasan ' || ${pick(LAST, "n2")} || ' Lebong'
       WHEN requester_type = 'kelompok' THEN 'Kelompok Tani ' || ${pick(LAST, "n2")}
       ELSE ${pick(FIRST, "n1")} || ' ' || ${pick(LAST, "n2")} END,
  CASE WHEN requester_type = 'badan_hukum' THEN NULL
       ELSE '1707' || lpad((1 + hr % 12)::text, 2, '0') || lpad((1 + hu % 28 + CASE WHEN hd % 2 = 0 THEN 40 ELSE 0 END)::text, 2, '0')
         || lpad((1 + ho % 12)::text, 2, '0') || lpad((60 + hs % 40)::text, 2, '0') || lpad((i % 10000)::text, 4, '0') END,
  CASE WHEN requester_type = 'badan_hukum' THEN 'AHU-' || lpad((i % 100000)::text, 7, '0') || '.AH.01.04.Tahun ' || (2010 + hr % 14) END,
  'Jl. ' || ${pick(LAST, "a1")} || ' No. ' || (1 + hu % 90) || ', ' || ${pick(PLACES, "a2")} || ', Kabupaten Lebong',
  '08' || lpad(((abs(hashtext(i::text || 'p')))::bigint % 10000000000)::text, 10, '0'),
  CASE WHEN hc % 10 < 7 OR ${copy} = 'email' THEN lower(${pick(FIRST, "n1")}) || '.' || i || '@contoh.id' END,
  ${pick(JOBS, "j")},
  ${pick(DOCS, "k")} || ' ' || coalesce(unit_name, 'Pemerintah Kabupaten Lebong') || ' tahun ' || (year - (hd % 2)) || '.',
  ${pick(PURPOSES, "q")},
  (${arr(ACCESS.map((a) => a[0]))})[1 + hc % ${ACCESS.length}]::jsonb,
  ${copy},
  (hs % 20 = 7),
  received_at, received_at, registered_at, unit_id, due_on,
  CASE WHEN state = 'PERLU_KELENGKAPAN' THEN 'paused' WHEN state IN ('DIPUTUS', 'INFORMASI_DISERAHKAN', 'SELESAI', 'DITARIK') THEN 'stopped'
       ELSE 'running' END,
  false,
  decision,
  CASE WHEN decision IS NULL THEN NULL WHEN decision IN ('tidak_dikuasai', 'belum_didokumentasikan') THEN decision ELSE 'dikuasai' END,
  decided_at,
  CASE WHEN decision LIKE 'dikabulkan%' AND hc % ${ACCESS.length} IN (1, 4) THEN 5000 + (hd % 10) * 2500 END,
  handed_over_at, closed_at, withdrawn_at,
  received_at, coalesce(closed_at, handed_over_at, withdrawn_at, decided_at, registered_at, received_at)
FROM bench_plan WHERE i > ${from} AND i <= ${to};
`;
}

/** Every event its state implies, in order (a lateral VALUES list; rows with no instant are dropped). */
function eventsInsert(from: number, to: number, now: string): string {
  return `
INSERT INTO ppid_request_events (request_id, at, kind, visibility, actor_name, note, data)
SELECT p.id, x.at, x.kind, x.visibility, x.actor, x.note, x.data
FROM bench_plan p
CROSS JOIN LATERAL (VALUES
  (1, p.received_at, 'received', 'requester',
    CASE WHEN p.channel IN ('online', 'api') THEN 'Pemohon' ELSE 'Petugas Layanan Informasi' END, NULL::text,
    jsonb_build_object('channel', p.channel)),
  (2, p.registered_at, 'registered', 'requester',
    CASE WHEN p.channel IN ('online', 'api') THEN 'sistem' ELSE 'Petugas Layanan Informasi' END, NULL,
    jsonb_build_object('number', p.number, 'letterNumber', p.letter)),
  (3, CASE WHEN p.unit_id IS NOT NULL
      THEN least(p.registered_at + make_interval(hours => 1 + p.ho % 20), coalesce(p.decided_at, p.withdrawn_at, '${now}'::timestamptz)) END,
    'assigned', 'requester', 'PPID Utama', NULL,
    jsonb_build_object('unitId', p.unit_id, 'unitName', p.unit_name, 'fromUnitId', NULL, 'fromUnitName', NULL)),
  (4, CASE WHEN p.state = 'PERLU_KELENGKAPAN' THEN least(p.registered_at + interval '1 day', '${now}'::timestamptz) END,
    'clarification_requested', 'requester', 'PPID Pelaksana',
    'Mohon lengkapi rincian tahun anggaran dan nama kegiatan yang dimaksud.', '{}'::jsonb),
  (5, p.decided_at, 'decided', 'requester', 'PPID Utama', NULL, jsonb_build_object('decision', p.decision)),
  (6, p.handed_over_at, 'handed_over', 'requester', 'PPID Pelaksana', NULL, '{}'::jsonb),
  (7, p.closed_at, 'closed', 'requester', 'PPID Utama', NULL, '{}'::jsonb),
  (8, p.withdrawn_at, 'withdrawn', 'requester', 'Pemohon', 'Informasi sudah diperoleh dari sumber lain.', '{}'::jsonb)
) AS x(ord, at, kind, visibility, actor, note, data)
WHERE p.i > ${from} AND p.i <= ${to} AND x.at IS NOT NULL
ORDER BY p.i, x.ord;
`;
}

function responsesInsert(from: number, to: number, drafter: string, reviewer: string, dik: string | null): string {
  const fee = `(CASE WHEN p.hc % ${ACCESS.length} IN (1, 4) THEN 5000 + (p.hd % 10) * 2500 ELSE 0 END)`;
  const delivery = `(ARRAY['email', 'ambil_langsung', 'melihat_di_kantor', 'email', 'pos'])[1 + p.hc % 5]`;
  const grant = `jsonb_build_object('informationStatus', 'dikuasai',
      'bentuk', CASE WHEN p.hc % 5 IN (1, 4) THEN '["hardcopy"]'::jsonb ELSE '["softcopy"]'::jsonb END,
      'biaya', ${fee}, 'caraPembayaran', CASE WHEN ${fee} > 0 THEN 'Tunai di loket PPID atau transfer ke rekening kas daerah' ELSE '-' END,
      'caraPenyampaian', ${delivery}, 'waktuPenyampaian', 'Paling lambat 3 hari kerja setelah pemberitahuan ini',
      'contributors', jsonb_build_array('${drafter}'))`;
  const cited =
    dik ??
    `jsonb_build_array(jsonb_build_object('id', NULL, 'nomor', 'DIK-CONTOH-' || (1 + p.hd % 9), 'pasal17', (ARRAY['b','c','g','h','i'])[1 + p.hd % 5],
        'informasi', 'Dokumen yang memuat data pribadi atau proses penegakan hukum', 'dasarHukumSektoral', NULL,
        'konsekuensi', 'Dapat mengungkap data pribadi seseorang', 'jangkaWaktu', '5 tahun', 'expiresOn', NULL, 'ujiKonsekuensiSummary', NULL))`;
  const refuse = `jsonb_build_object('informationStatus', 'dikuasai',
      'alasan', 'Informasi termasuk informasi yang dikecualikan berdasarkan uji konsekuensi.', 'exemptions', ${cited},
      'contributors', jsonb_build_array('${drafter}'))`;
  const other = `jsonb_build_object('informationStatus', p.decision,
      'pemegang', CASE WHEN p.decision = 'tidak_dikuasai' THEN 'Pemerintah Provinsi Bengkulu' END,
      'tersediaPada', CASE WHEN p.decision = 'belum_didokumentasikan' THEN 'Akhir tahun anggaran berjalan' END,
      'contributors', jsonb_build_array('${drafter}'))`;
  return `
INSERT INTO ppid_responses (request_id, status, decision, content, drafted_by, drafted_by_name, drafted_at, reviewed_by, reviewed_by_name, reviewed_at)
SELECT p.id, 'approved', p.decision,
  CASE WHEN p.decision LIKE 'dikabulkan%' THEN ${grant} WHEN p.decision = 'ditolak' THEN ${refuse} ELSE ${other} END,
  '${drafter}', 'PPID Pelaksana', p.decided_at - interval '1 hour', '${reviewer}', 'PPID Utama', p.decided_at
FROM bench_plan p
WHERE p.i > ${from} AND p.i <= ${to} AND p.decision IS NOT NULL;
`;
}

async function one<T>(raw: RawClient, sql: string): Promise<T | undefined> {
  return (await raw.query(sql)).rows[0] as T | undefined;
}

export async function seedPpid(raw: RawClient, opts: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const count = opts.count;
  const chunk = opts.chunk ?? 10_000;
  const until = opts.until ?? jakartaToday();
  const now = new Date().toISOString();
  const units = await one<{ n: number }>(raw, "SELECT count(*)::int AS n FROM units WHERE status = 'active'");
  if (!units?.n) throw new Error("no active OPD units: start the app once on this database first (it seeds the reference data)");
  const staff = await raw.query(
    `SELECT id, email FROM users WHERE email IN ('ppid.dinkes@lebongkab.go.id', 'ppid.utama@lebongkab.go.id') OR kind = 'staff' ORDER BY created_at`,
  );
  const byEmail = new Map(staff.rows.map((r) => [String(r.email), String(r.id)]));
  const anyStaff = staff.rows[0] ? String(staff.rows[0].id) : "00000000-0000-0000-0000-000000000000";
  const drafter = byEmail.get("ppid.dinkes@lebongkab.go.id") ?? anyStaff;
  const reviewer = byEmail.get("ppid.utama@lebongkab.go.id") ?? anyStaff;
  // A refusal cites a real, ditetapkan DIK entry when there is one (the demo data may have some).
  let dik: string | null = null;
  try {
    const d = await one<Record<string, unknown>>(
      raw,
      `SELECT jsonb_build_array(jsonb_build_object('id', id, 'nomor', nomor, 'pasal17', pasal17, 'informasi', informasi,
         'dasarHukumSektoral', dasar_hukum_sektoral, 'konsekuensi', konsekuensi, 'jangkaWaktu', jangka_waktu, 'expiresOn', expires_on,
         'ujiKonsekuensiSummary', NULL))::text AS j FROM dik_items WHERE status = 'ditetapkan' ORDER BY nomor LIMIT 1`,
    );
    if (d?.j) dik = `'${String(d.j).replace(/'/g, "''")}'::jsonb`;
  } catch {
    /* no DIK table yet */
  }

  await raw.exec("DROP TABLE IF EXISTS bench_plan");
  let mark = Date.now();
  await raw.exec(planSql(count, "2024-01-01", until, now));
  await raw.exec(numberSql);
  log(`plan of ${count} requests over 2024-01-01 … ${until}, ${units.n} OPD: ${Date.now() - mark} ms`);

  // Secondary indexes are dropped for the load and built again after it (faster than row-by-row upkeep).
  const secondary = (
    await raw.query(
      `SELECT indexname, indexdef FROM pg_indexes i
       WHERE schemaname = 'public' AND tablename IN ('ppid_requests', 'ppid_request_events', 'ppid_responses')
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    )
  ).rows.map((r) => ({ name: String(r.indexname), def: String(r.indexdef) }));
  for (const ix of secondary) await raw.exec(`DROP INDEX "${ix.name}"`);

  const cap = Math.ceil(count / chunk);
  for (let k = 0; k < cap; k++) {
    mark = Date.now();
    const from = k * chunk;
    const to = Math.min(count, from + chunk);
    await raw.exec(
      `BEGIN;\n${requestsSql(from, to)}\n${eventsInsert(from, to, now)}\n${responsesInsert(from, to, drafter, reviewer, dik)}\nCOMMIT;`,
    );
    log(`rows ${from + 1}–${to}: ${Date.now() - mark} ms`);
  }
  mark = Date.now();
  for (const ix of secondary) await raw.exec(ix.def);
  log(`${secondary.length} secondary indexes built again: ${Date.now() - mark} ms`);
  await raw.exec(`
INSERT INTO ppid_counters (year, last)
SELECT year, max(seq) FROM bench_plan WHERE seq IS NOT NULL GROUP BY year
ON CONFLICT (year) DO UPDATE SET last = greatest(ppid_counters.last, excluded.last);
`);
  mark = Date.now();
  // VACUUM too: PGlite has no autovacuum, and the app vacuums it only nightly (platform/db/maintenance.ts).
  // One statement per call: several in one string run as a transaction block, where VACUUM is refused.
  for (const table of ["ppid_requests", "ppid_request_events", "ppid_responses", "ppid_counters"]) {
    await raw.exec(`VACUUM (ANALYZE) ${table}`);
  }
  log(`analyze: ${Date.now() - mark} ms`);

  const byState: Record<string, number> = {};
  for (const r of (await raw.query("SELECT state, count(*)::int AS n FROM bench_plan GROUP BY state ORDER BY state")).rows) {
    byState[String(r.state)] = Number(r.n);
  }
  const counters: Record<number, number> = {};
  for (const r of (await raw.query("SELECT year, last FROM ppid_counters ORDER BY year")).rows) counters[Number(r.year)] = Number(r.last);
  const events = await one<{ n: number }>(raw, "SELECT count(*)::int AS n FROM ppid_request_events");
  const responses = await one<{ n: number }>(raw, "SELECT count(*)::int AS n FROM ppid_responses");
  await raw.exec("DROP TABLE bench_plan");
  return { requests: count, events: events?.n ?? 0, responses: responses?.n ?? 0, byState, counters, ms: Date.now() - started };
}
