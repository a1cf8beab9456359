/** Reads for the archive's pages: search and lists filtered by the reader's scope inside the SQL. */
import { asc, eq, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { type Executor, queryRows } from "../../platform/db/client.ts";
import { indonesianQuery } from "../../platform/search/indonesian.ts";
import { classifications } from "../organisation/index.ts";
import { type ReadScope, scopeAllows, scopeSql } from "./access.ts";
import {
  arsipClassificationDefaults,
  arsipRecords,
  arsipRetentionRules,
  arsipVersions,
  SECURITY_CLASSES,
  type SecurityClass,
} from "./schema.ts";

export const PAGE_SIZE = 20;
/** Counts stop here ("lebih dari 1.000"); they are counted inside the permission filter. */
export const COUNT_CAP = 1000;
/** Marks around the matched words in snippets: control characters that never occur in stored text. */
export const HL_START = "\u0002";
export const HL_STOP = "\u0003";

export interface SearchFilter {
  q?: string;
  unitId?: string;
  /** A kode klasifikasi: the code and every code under it. */
  code?: string;
  year?: number;
  documentType?: string;
  securityClass?: SecurityClass;
  sort?: "relevance" | "date";
  page?: number;
}

export interface SearchHit {
  id: string;
  title: string;
  unitId: string;
  unitName: string | null;
  recordDate: string;
  classificationCode: string;
  documentType: string;
  securityClass: SecurityClass;
  isPublic: boolean;
  final: boolean;
  /** The matched passage with HL_START/HL_STOP around the matched words (plain text otherwise). */
  snippet: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matching records the reader may see, up to COUNT_CAP + 1. */
  total: number;
  capped: boolean;
  page: number;
  pages: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Parses the query string of a search page (unknown or bad values are dropped). */
export function parseFilter(q: Record<string, string | undefined>): SearchFilter {
  const year = Number(q.tahun);
  const page = Number(q.halaman);
  const uuid = z.uuid().safeParse(q.opd);
  return {
    q: q.q?.trim().slice(0, 300) || undefined,
    unitId: uuid.success ? uuid.data : undefined,
    code: q.kode && /^\d{3}(\.\d{1,3}){0,4}$/.test(q.kode.trim()) ? q.kode.trim() : undefined,
    year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined,
    documentType: q.jenis?.trim().slice(0, 120) || undefined,
    securityClass: SECURITY_CLASSES.includes(q.kelas as SecurityClass) ? (q.kelas as SecurityClass) : undefined,
    sort: q.urut === "tanggal" ? "date" : q.urut === "relevansi" ? "relevance" : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 500 ? page : 1,
  };
}

/**
 * Full-text search (websearch syntax: "phrase", OR, -word) over title, keywords, description and
 * extracted text with the `indonesian` configuration and Sastrawi roots (platform/search/indonesian.ts), ranked by ts_rank_cd (title weighs most),
 * or newest first. The reader's scope is part of the WHERE clause, so hits, the count and the
 * snippets come only from records the reader may see. Without a query: newest first.
 */
export async function searchRecords(db: Executor, scope: ReadScope, f: SearchFilter): Promise<SearchResult> {
  const where: SQL[] = [scopeSql(scope)];
  const query = f.q ? indonesianQuery(f.q) : null;
  if (query) where.push(sql`r.tsv @@ ${query}`);
  if (f.unitId) where.push(sql`r.unit_id = ${f.unitId}::uuid`);
  if (f.code) where.push(sql`(r.classification_code = ${f.code} OR r.classification_code LIKE ${`${escapeLike(f.code)}.%`})`);
  if (f.year) where.push(sql`r.record_date >= ${`${f.year}-01-01`}::date AND r.record_date < ${`${f.year + 1}-01-01`}::date`);
  if (f.documentType) where.push(sql`lower(r.document_type) = lower(${f.documentType})`);
  if (f.securityClass) where.push(sql`r.security_class = ${f.securityClass}`);
  const cond = sql.join(where, sql` AND `);
  const [{ n }] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM arsip_records r WHERE ${cond} LIMIT ${COUNT_CAP + 1}) x`,
  );
  const page = f.page ?? 1;
  const sort = f.sort ?? (query ? "relevance" : "date");
  const order =
    sort === "relevance" && query
      ? sql`ts_rank_cd(r.tsv, ${query}, 32) DESC, r.record_date DESC, r.id`
      : sql`r.record_date DESC, r.created_at DESC, r.id`;
  const headline = query
    ? sql`ts_headline('indonesian', concat_ws(' … ', p.description, left(p.content_text, 20000)), ${query},
        ${`StartSel=${HL_START}, StopSel=${HL_STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`
    : sql`NULL::text`;
  const hits = await queryRows<SearchHit>(
    db,
    sql`WITH page AS (
          SELECT r.* FROM arsip_records r WHERE ${cond} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
        )
        SELECT p.id, p.title, p.unit_id AS "unitId", u.name AS "unitName", p.record_date::text AS "recordDate",
               p.classification_code AS "classificationCode", p.document_type AS "documentType",
               p.security_class AS "securityClass", p.is_public AS "isPublic", p.final, ${headline} AS snippet
        FROM page p LEFT JOIN units u ON u.id = p.unit_id
        ORDER BY ${sort === "relevance" && query ? sql`ts_rank_cd(p.tsv, ${query}, 32) DESC, p.record_date DESC, p.id` : sql`p.record_date DESC, p.created_at DESC, p.id`}`,
  );
  const total = Math.min(n, COUNT_CAP + 1);
  return { hits, total, capped: n > COUNT_CAP, page, pages: Math.max(1, Math.ceil(Math.min(n, COUNT_CAP) / PAGE_SIZE)) };
}

export type RecordDetail = typeof arsipRecords.$inferSelect & { unitName: string | null; classificationName: string | null };

/** One record if the scope allows it (null otherwise: the same answer as for a record that does not exist). */
export async function getRecord(db: Executor, scope: ReadScope, id: string): Promise<RecordDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const [r] = await db.select().from(arsipRecords).where(eq(arsipRecords.id, id));
  if (!r || !scopeAllows(scope, r)) return null;
  const [extra] = await queryRows<{ unitName: string | null; classificationName: string | null }>(
    db,
    sql`SELECT (SELECT name FROM units WHERE id = ${r.unitId}::uuid) AS "unitName",
               (SELECT name FROM classifications WHERE code = ${r.classificationCode}) AS "classificationName"`,
  );
  return { ...r, ...extra };
}

/** Every version's files, newest version first. */
export async function versionsOf(db: Executor, recordId: string) {
  return db
    .select({
      id: arsipVersions.id,
      versionNo: arsipVersions.versionNo,
      part: arsipVersions.part,
      fileKey: arsipVersions.fileKey,
      name: arsipVersions.name,
      mime: arsipVersions.mime,
      size: arsipVersions.size,
      extractionState: arsipVersions.extractionState,
      extractionError: arsipVersions.extractionError,
      createdAt: arsipVersions.createdAt,
    })
    .from(arsipVersions)
    .where(eq(arsipVersions.recordId, recordId))
    .orderBy(sql`${arsipVersions.versionNo} DESC`, asc(arsipVersions.part));
}

/** The JRA row the record's retention comes from. */
export async function retentionRule(db: Executor, code: string | null) {
  if (!code) return null;
  const [r] = await db.select().from(arsipRetentionRules).where(eq(arsipRetentionRules.code, code));
  return r ?? null;
}

export interface ClassNode {
  code: string;
  name: string;
  parentCode: string | null;
  defaultClass: SecurityClass | null;
  retention: { activeYears: number; inactiveYears: number; trigger: string | null; disposition: string } | null;
}

/** The kode klasifikasi tree in code order, with each code's own default class and JRA row. */
export async function classificationTree(db: Executor): Promise<ClassNode[]> {
  const rows = await db
    .select({
      code: classifications.code,
      name: classifications.name,
      parentCode: classifications.parentCode,
      defaultClass: arsipClassificationDefaults.securityClass,
      activeYears: arsipRetentionRules.activeYears,
      inactiveYears: arsipRetentionRules.inactiveYears,
      trigger: arsipRetentionRules.trigger,
      disposition: arsipRetentionRules.disposition,
    })
    .from(classifications)
    .leftJoin(arsipClassificationDefaults, eq(arsipClassificationDefaults.code, classifications.code))
    .leftJoin(arsipRetentionRules, eq(arsipRetentionRules.code, classifications.code));
  const key = (c: string) =>
    c
      .split(".")
      .map((x) => x.padStart(4, "0"))
      .join(".");
  return rows
    .sort((a, b) => (key(a.code) < key(b.code) ? -1 : 1))
    .map((r) => ({
      code: r.code,
      name: r.name,
      parentCode: r.parentCode,
      defaultClass: r.defaultClass,
      retention:
        r.activeYears === null || r.disposition === null
          ? null
          : { activeYears: r.activeYears, inactiveYears: r.inactiveYears ?? 0, trigger: r.trigger, disposition: r.disposition },
    }));
}

/** The document types in use (for the filter), most used first. */
export async function documentTypes(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ t: string }>(
    db,
    sql`SELECT document_type AS t FROM arsip_records GROUP BY document_type ORDER BY count(*) DESC, document_type LIMIT 50`,
  );
  return rows.map((r) => r.t);
}
