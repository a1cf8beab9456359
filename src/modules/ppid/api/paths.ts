/** The endpoints the OpenAPI document always lists: the request API, the calendar, and the open-data lists. */
import { z } from "zod";
import { deadlineQuery } from "../../calendar/index.ts";
import { apiRequestBody } from "../schemas.ts";
import { createdResponse, errorResponse, requestStatus, requestStatusQuery } from "./schemas.ts";
import type { OperationSpec } from "./spec.ts";

const err = (description: string) => ({ description, schema: errorResponse });

const deadlineResponse = z.object({
  from: z.string(),
  receivedCountedAs: z.string().describe("Hari yang dihitung sebagai hari diterima (aturan hari libur dan jam layanan)"),
  workingDays: z.number().int(),
  due: z.string().describe("YYYY-MM-DD"),
  skipped: z.array(z.object({ date: z.string(), reason: z.string() })),
  cutiBersamaIsWorkingDay: z.boolean(),
  warnings: z.array(z.string()),
});

/** A page of an open-data list (the items are described by the list's own page). */
const listResponse = z.object({
  page: z.number().int(),
  pageSize: z.number().int().optional(),
  pages: z.number().int(),
  total: z.number().int(),
  items: z.array(z.record(z.string(), z.unknown())),
});

const page = z.coerce.number().int().min(1).optional().describe("Halaman, mulai dari 1");
const unit = z.string().max(100).optional().describe("Perangkat daerah: id atau slug");
const year = z.coerce.number().int().min(2000).max(2100).optional().describe("Tahun");

export function builtinPaths(): OperationSpec[] {
  return [
    {
      method: "post",
      path: "/api/v1/requests",
      summary: "Mengajukan permohonan informasi publik",
      description:
        "Validasi sama dengan formulir daring. identityDocument (KTP, atau SK/akta untuk badan hukum) wajib; proxyLetter wajib bila proxy true. Berkas PDF, JPG, atau PNG paling besar 5 MB, dalam base64. Dibatasi jumlah kiriman per alamat.",
      tags: ["Permohonan informasi"],
      body: apiRequestBody,
      responses: {
        "201": { description: "Permohonan diterima dan diregistrasi", schema: createdResponse },
        "400": err("Isian tidak valid (fields berisi pesan per kolom)"),
        "429": err("Terlalu banyak kiriman dari alamat ini"),
      },
    },
    {
      method: "get",
      path: "/api/v1/requests/{number}",
      summary: "Status permohonan informasi",
      description:
        "Untuk pemohon (kode rahasia di header X-Tracking-Secret atau parameter secret) atau petugas yang berwenang. Nomor yang tidak ada dan kode yang salah sama-sama dijawab 404.",
      tags: ["Permohonan informasi"],
      params: [
        { name: "number", description: "Nomor pendaftaran, misalnya PPID-2026-000123", schema: z.string().regex(/^PPID-\d{4}-\d{6}$/) },
      ],
      query: requestStatusQuery,
      headers: [{ name: "X-Tracking-Secret", description: "Kode rahasia permohonan" }],
      responses: {
        "200": { description: "Status, batas waktu, dan riwayat", schema: requestStatus },
        "404": err("Tidak ditemukan (atau kode rahasia salah)"),
      },
      security: ["trackingSecret", "session"],
    },
    {
      method: "get",
      path: "/api/v1/calendar/deadline",
      summary: "Menghitung batas waktu dalam hari kerja",
      description: "from adalah hari permohonan diterima; aturan hari libur dan jam layanan yang sama berlaku.",
      tags: ["Kalender"],
      query: deadlineQuery,
      responses: {
        "200": { description: "Tanggal jatuh tempo dan hari yang dilewati", schema: deadlineResponse },
        "400": err("Parameter tidak valid"),
      },
    },
    {
      method: "get",
      path: "/api/v1/register",
      summary: "Register permohonan informasi (publik, tanpa identitas pemohon)",
      tags: ["Data terbuka"],
      query: z.object({
        q: z.string().max(100).optional().describe("Kata pencarian"),
        unit,
        tahun: year,
        status: z.string().max(40).optional().describe("Status permohonan"),
        page,
      }),
      responses: { "200": { description: "Satu halaman register", schema: listResponse }, "400": err("Parameter tidak valid") },
    },
    {
      method: "get",
      path: "/api/v1/public-information",
      summary: "Daftar Informasi Publik (DIP)",
      tags: ["Data terbuka"],
      query: z.object({
        q: z.string().max(100).optional().describe("Kata pencarian"),
        unit,
        kategori: z.enum(["berkala", "serta_merta", "setiap_saat"]).optional().describe("Kategori informasi"),
        tahun: year,
        page,
      }),
      responses: { "200": { description: "Satu halaman DIP", schema: listResponse }, "400": err("Parameter tidak valid") },
    },
  ];
}
