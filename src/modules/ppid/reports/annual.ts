/**
 * The laporan layanan informasi publik (domain.md §1.13) for a year or a
 * semester: the figures from the registers (stats.ts), the objections and
 * disputes, and the narrative parts the PPID Utama writes; rendered as a PDF
 * registered with the verification service (QR) and as an XLSX workbook.
 */

import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { AuditActor } from "../../../platform/audit/chain.ts";
import { formatCivilDate, jakartaDate, loadCalendar } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import { type PdfBlock, renderPdfDocument } from "../../../platform/pdf/index.ts";
import { issueDocument, issuedDocuments, registeredFile } from "../../../platform/verification/index.ts";
import { inTransaction } from "../../../platform/work.ts";
import { PASAL17 } from "../../dip/index.ts";
import { LETTERHEAD } from "../jobs.ts";
import { loadLaw } from "../law.ts";
import { DECISION_LABEL, DECISIONS } from "../states.ts";
import { getNarrative } from "./commands/saveNarrative.ts";
import { idNumber, metricDefinitions, percent } from "./definitions.ts";
import { loadObjectionSummary, type ObjectionSummary } from "./objections.ts";
import { type Period, yearPeriod } from "./period.ts";
import { NARRATIVE_PARTS, type NarrativePart, type NarrativeParts, type ReportPeriod } from "./schema.ts";
import { computeStats, type Figures, type Stats } from "./stats.ts";
import { buildXlsx, type Sheet } from "./xlsx.ts";

export const NARRATIVE_TITLE: Record<NarrativePart, string> = {
  kebijakan: "A. Gambaran umum kebijakan pelayanan informasi publik",
  sarana: "B. Sarana dan prasarana, sumber daya manusia, dan anggaran pelayanan informasi",
  kendala: "E. Kendala eksternal dan internal dalam pelaksanaan layanan informasi publik",
  rekomendasi: "F. Rekomendasi dan rencana tindak lanjut untuk meningkatkan kualitas pelayanan informasi",
};

export interface AnnualReport {
  year: number;
  periodKey: ReportPeriod;
  period: Period;
  stats: Stats;
  objections: ObjectionSummary | null;
  narrative: NarrativeParts;
  narrativeBy: string | null;
  narrativeAt: Date | null;
  definitions: [string, string][];
}

export async function buildAnnualReport(p: Platform, year: number, periodKey: ReportPeriod, today?: string): Promise<AnnualReport> {
  const period = yearPeriod(year, periodKey);
  const [cal, law, n] = await Promise.all([loadCalendar(p.db), loadLaw(p.db), getNarrative(p.db, year, periodKey)]);
  const [stats, objections] = await Promise.all([computeStats(p.db, cal, law, period, { today }), loadObjectionSummary(p, period)]);
  return {
    year,
    periodKey,
    period,
    stats,
    objections,
    narrative: n?.parts ?? {},
    narrativeBy: n?.updatedByName ?? null,
    narrativeAt: n?.updatedAt ?? null,
    definitions: metricDefinitions(law),
  };
}

const days = (v: number | null) => (v === null ? "—" : `${idNumber(v)} hari kerja`);

/** The summary figures as label/value rows (the PDF's part C and the Ringkasan sheet). */
export function summaryRows(f: Figures): [string, string, number | null][] {
  return [
    ["Permohonan diterima", String(f.received), f.received],
    ["Permohonan teregistrasi", String(f.registered), f.registered],
    ["Diputus (pemberitahuan tertulis)", String(f.decided), f.decided],
    ...DECISIONS.map((d): [string, string, number] => [`— ${DECISION_LABEL[d]}`, String(f.byDecision[d]), f.byDecision[d]]),
    ["Ditarik pemohon", String(f.withdrawn), f.withdrawn],
    ["Masih diproses", String(f.open), f.open],
    ["Masih diproses dan melewati batas waktu", String(f.overdue), f.overdue],
    ["Informasi diserahkan", String(f.handedOver), f.handedOver],
    ["Waktu respons, median", days(f.medianDays), f.medianDays],
    ["Waktu respons, rata-rata", days(f.meanDays), f.meanDays],
    ["Waktu respons, terlama", days(f.maxDays), f.maxDays],
    ["Diputus tepat waktu", `${f.onTime} (${percent(f.onTime, f.decided)})`, f.onTime],
    ["Memakai perpanjangan waktu", String(f.extended), f.extended],
    ["Pernah diminta kelengkapan", String(f.clarified), f.clarified],
  ];
}

const unitLine = (u: Figures) =>
  `diterima ${u.received}; diputus ${u.decided}; ditolak ${u.byDecision.ditolak}; median ${days(u.medianDays)}; rata-rata ${days(u.meanDays)}; tepat waktu ${percent(u.onTime, u.decided)}`;

function pdfBlocks(r: AnnualReport): PdfBlock[] {
  const text = (k: NarrativePart) => r.narrative[k]?.trim() || "(Belum diisi oleh PPID Utama.)";
  const s = r.stats;
  const blocks: PdfBlock[] = [];
  for (const k of ["kebijakan", "sarana"] as const)
    blocks.push({ type: "heading", text: NARRATIVE_TITLE[k] }, { type: "paragraph", text: text(k) });
  blocks.push(
    { type: "heading", text: "C. Rincian layanan informasi publik" },
    { type: "fields", rows: summaryRows(s.total).map(([l, v]) => [l, v]) },
    { type: "heading", text: "C.1 Menurut perangkat daerah" },
    s.units.length
      ? { type: "fields", rows: s.units.map((u) => [u.unitName, unitLine(u)]) }
      : { type: "paragraph", text: "Tidak ada permohonan." },
    { type: "heading", text: "C.2 Alasan penolakan (Pasal 17 UU 14/2008)" },
    s.grounds.length
      ? {
          type: "fields",
          rows: s.grounds.map((g) => [
            `Huruf ${g.letter}`,
            `${PASAL17[g.letter as keyof typeof PASAL17] ?? ""} — ditolak ${g.refused}, dikabulkan sebagian ${g.partial}`,
          ]),
        }
      : { type: "paragraph", text: "Tidak ada penolakan dengan alasan pengecualian." },
  );
  if (s.refusedWithoutGround)
    blocks.push({ type: "paragraph", text: `Penolakan tanpa alasan Pasal 17 tercatat: ${s.refusedWithoutGround}.` });
  blocks.push({ type: "heading", text: "D. Keberatan dan sengketa informasi" });
  blocks.push(
    r.objections
      ? { type: "fields", rows: r.objections.rows.map(([l, v]) => [l, v]) }
      : { type: "paragraph", text: "Data keberatan dan sengketa belum tersedia di sistem." },
  );
  for (const k of ["kendala", "rekomendasi"] as const)
    blocks.push({ type: "heading", text: NARRATIVE_TITLE[k] }, { type: "paragraph", text: text(k) });
  blocks.push({ type: "heading", text: "Definisi angka" }, { type: "fields", rows: r.definitions });
  return blocks;
}

export const reportTitle = (r: Pick<AnnualReport, "period">) => `Laporan Layanan Informasi Publik ${r.period.label}`;
export const reportFileName = (r: Pick<AnnualReport, "year" | "periodKey">, ext: string) => `laporan-${r.year}-${r.periodKey}.${ext}`;

/** A fingerprint of what the report says (figures and narrative, not the moment it was computed). */
export function reportFingerprint(r: AnnualReport): string {
  const { computedAt: _, ...stats } = r.stats;
  const body = JSON.stringify({ stats, objections: r.objections, narrative: r.narrative, definitions: r.definitions });
  return createHash("sha256").update(body).digest("hex").slice(0, 24);
}

/**
 * The report PDF, registered with the verification service. The same figures
 * and narrative give the same registered document (served again, not issued
 * twice); a change issues a new one (issueDocument writes its audit event).
 */
export async function issueAnnualReportPdf(
  p: Platform,
  actor: AuditActor,
  r: AnnualReport,
): Promise<{ bytes: Uint8Array; documentId: string }> {
  const subjectId = `${r.year}-${r.periodKey}:${reportFingerprint(r)}`;
  const [existing] = await p.db
    .select()
    .from(issuedDocuments)
    .where(
      and(eq(issuedDocuments.subjectType, "ppid_report"), eq(issuedDocuments.subjectId, subjectId), isNull(issuedDocuments.revokedAt)),
    );
  const stored = existing ? await registeredFile(p.files, existing) : null;
  if (existing && stored) return { bytes: stored, documentId: existing.id };
  return inTransaction(p, actor, async (w) => {
    const issued = await issueDocument(w, p, {
      kind: "ppid.laporan_layanan",
      title: reportTitle(r),
      subjectType: "ppid_report",
      subjectId,
      render: (verifyUrl, documentId) =>
        renderPdfDocument({
          letterhead: LETTERHEAD,
          title: reportTitle(r).toUpperCase(),
          subtitle: `Periode ${formatCivilDate("id", r.period.from)} – ${formatCivilDate("id", r.period.to)} · disusun ${formatCivilDate("id", jakartaDate(r.stats.computedAt))}`,
          verifyUrl,
          documentId,
          author: "PPID Utama Pemerintah Kabupaten Lebong",
          subject: "Laporan layanan informasi publik (UU 14/2008, Perki 1/2021)",
          blocks: pdfBlocks(r),
        }),
    });
    return { bytes: issued.bytes, documentId: issued.document.id };
  });
}

/** The workbook: Ringkasan, Per OPD, Penolakan, Keberatan, Definisi. */
export async function annualReportXlsx(r: AnnualReport): Promise<Buffer> {
  const s = r.stats;
  const title = [reportTitle(r), `Periode ${r.period.from} s.d. ${r.period.to}`];
  const sheets: Sheet[] = [
    {
      name: "Ringkasan",
      title,
      columns: [
        { header: "Uraian", width: 46 },
        { header: "Jumlah", width: 14, kind: "decimal" },
        { header: "Keterangan", width: 30 },
      ],
      rows: [
        ...summaryRows(s.total).map(([l, v, n]) => [l, n, v]),
        ...NARRATIVE_PARTS.map((k) => [NARRATIVE_TITLE[k], null, r.narrative[k] ?? ""]),
      ],
    },
    {
      name: "Per OPD",
      title,
      columns: [
        { header: "Perangkat daerah", width: 44 },
        { header: "Diterima", width: 10, kind: "number" },
        { header: "Teregistrasi", width: 12, kind: "number" },
        { header: "Diputus", width: 10, kind: "number" },
        ...DECISIONS.map((d) => ({ header: DECISION_LABEL[d], width: 14, kind: "number" as const })),
        { header: "Ditarik", width: 10, kind: "number" },
        { header: "Masih diproses", width: 12, kind: "number" },
        { header: "Median hari kerja", width: 12, kind: "decimal" },
        { header: "Rata-rata hari kerja", width: 12, kind: "decimal" },
        { header: "Tepat waktu", width: 12, kind: "number" },
        { header: "Perpanjangan", width: 12, kind: "number" },
        { header: "Perlu kelengkapan", width: 12, kind: "number" },
      ],
      rows: [...s.units.map((u) => [u.unitName, u] as const), ["Jumlah", s.total] as const].map(([name, f]) => [
        name,
        f.received,
        f.registered,
        f.decided,
        ...DECISIONS.map((d) => f.byDecision[d]),
        f.withdrawn,
        f.open,
        f.medianDays,
        f.meanDays,
        f.onTime,
        f.extended,
        f.clarified,
      ]),
    },
    {
      name: "Penolakan",
      title,
      columns: [
        { header: "Pasal 17 huruf", width: 14 },
        { header: "Alasan pengecualian", width: 70 },
        { header: "Ditolak", width: 10, kind: "number" },
        { header: "Dikabulkan sebagian", width: 14, kind: "number" },
      ],
      rows: s.grounds.map((g) => [g.letter, PASAL17[g.letter as keyof typeof PASAL17] ?? "", g.refused, g.partial]),
    },
    {
      name: "Keberatan",
      title,
      columns: [
        { header: "Uraian", width: 50 },
        { header: "Jumlah", width: 30 },
      ],
      rows: r.objections ? r.objections.rows : [["Data keberatan dan sengketa belum tersedia di sistem.", ""]],
    },
    {
      name: "Definisi",
      columns: [
        { header: "Angka", width: 28 },
        { header: "Cara menghitung", width: 100 },
      ],
      rows: r.definitions,
    },
  ];
  return buildXlsx(sheets, { title: reportTitle(r) });
}
