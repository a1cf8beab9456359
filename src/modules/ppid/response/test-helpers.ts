/** Set-up of the response tests (not imported by the app). */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { signInAs } from "../../../../test/auth.ts";
import type { TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../../test/ppid.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import { dikItems, ujiKonsekuensi } from "../../dip/index.ts";
import { listUnits } from "../../organisation/index.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { ppidRequests } from "../schema.ts";

export const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
const exec = promisify(execFile);

export async function units(t: TestPlatform) {
  const all = await listUnits(t.p.db);
  const get = (code: string) => {
    const u = all.find((x) => x.code === code);
    if (!u) throw new Error(`no unit ${code}`);
    return u;
  };
  return { dinkes: get("DINKES"), kominfo: get("DISKOMINFO-SP") };
}

/** A signed-in staff member: the agent for pages and the Actor for commands. */
export async function staff(
  t: TestPlatform,
  name: string,
  roles: { role: "ppid_pelaksana" | "ppid_utama" | "petugas_layanan"; unitId?: string | null }[],
) {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Math.random().toString(36).slice(2, 7)}@lebongkab.go.id`;
  const { agent, userId } = await signInAs(t, { name, email, roles });
  const actor: Actor = {
    userId,
    kind: "staff",
    name,
    email,
    roles: roles.map((r) => ({ role: r.role, unitId: r.unitId ?? null })),
    clearance: "biasa",
    sessionId: "s",
    csrfToken: agent.csrfToken ?? "",
    mfaPassed: true,
  };
  return { agent, actor, userId, email };
}

/** A registered request, moved to DIPROSES with the OPD's PPID Pelaksana (the assign step belongs to the desk part). */
export async function requestInProcess(t: TestPlatform, unitId: string, over: Record<string, unknown> = {}) {
  const r = await submitRequest(t.p, null, META, {
    channel: "api",
    raw: { ...validRequest(over), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
  });
  await t.p.db.update(ppidRequests).set({ state: "DIPROSES", unitId }).where(eq(ppidRequests.id, r.id));
  return r;
}

/** An exception in force (ditetapkan) with its uji konsekuensi. */
export async function activeDik(t: TestPlatform, unitId: string, by: string, over: Partial<typeof dikItems.$inferInsert> = {}) {
  const [d] = await t.p.db
    .insert(dikItems)
    .values({
      nomor: `DIK-2026-${Math.floor(Math.random() * 900 + 100)}`,
      unitId,
      informasi: "Data pribadi pasien penerima bantuan kesehatan",
      pasal17: "h",
      dasarHukumSektoral: "UU 17/2023 tentang Kesehatan",
      konsekuensi: "Membuka data mengungkap diagnosis dan identitas pasien.",
      pertimbanganKepentinganPublik: "Rekap jumlah penerima tetap dibuka.",
      keputusan: "tertutup",
      jangkaWaktu: "5 tahun",
      expiresOn: "2031-01-05",
      status: "ditetapkan",
      proposedBy: by,
      approvedBy: by,
      nomorSk: "488/021/PPID/2026",
      tanggalPenetapan: "2026-01-05",
      ...over,
    })
    .returning();
  await t.p.db.insert(ujiKonsekuensi).values({
    dikId: d.id,
    dilakukan: "sebelum_permohonan",
    dokumen: "Rekam bantuan pasien",
    yangDikecualikan: "Nama, NIK, diagnosis",
    analisisDasarHukum: "Pasal 17 huruf h UU 14/2008",
    analisisKerugian: "Membuka rahasia pribadi pasien",
    pertimbanganKepentinganPublik: "Rekap tetap dibuka",
    kesimpulan: "Dikecualikan: rahasia pribadi pasien lebih besar kepentingannya",
    tim: "Tim Pertimbangan PPID",
    tanggal: "2026-01-02",
  });
  return d;
}

/** A PDF with real text (Helvetica), one array of lines per page. */
export async function textPdf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((l, i) => {
      page.drawText(l, { x: 72, y: 760 - i * 30, size: 12, font });
    });
  }
  return doc.save();
}

/** Debian pdftotext of a PDF. */
export async function pdftotext(pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "resp-test-"));
  try {
    const path = join(dir, "f.pdf");
    await writeFile(path, pdf);
    return (await exec("pdftotext", [path, "-"])).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The fields of a full grant. */
export const grant = (over: Record<string, unknown> = {}) => ({
  decision: "dikabulkan_seluruhnya",
  informationStatus: "dikuasai",
  bentuk: ["softcopy"],
  biaya: "0",
  caraPenyampaian: "email",
  waktuPenyampaian: "Paling lambat 3 hari kerja setelah pemberitahuan ini",
  ...over,
});
