/** The JSON shapes of the request API: the routes build their answers from these, and the OpenAPI document describes them. */
import { z } from "zod";
import { STATES } from "../states.ts";

const civilDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("Tanggal (WIB), YYYY-MM-DD");

export const errorResponse = z
  .object({
    error: z.string().describe("Kode kesalahan, misalnya validation_error, not_found, rate_limited"),
    message: z.string().describe("Pesan dalam Bahasa Indonesia"),
    fields: z.record(z.string(), z.string()).optional().describe("Pesan per kolom (validation_error)"),
  })
  .meta({ id: "Error" });

export const createdResponse = z
  .object({
    number: z.string().nullable().describe("Nomor pendaftaran, misalnya PPID-2026-000123 (null bila menunggu registrasi)"),
    status: z.enum(STATES),
    due: civilDate.nullable().describe("Batas waktu pemberitahuan tertulis"),
    trackingSecret: z.string().describe("Kode rahasia untuk memantau permohonan: hanya diberikan sekali"),
    trackingUrl: z.string().describe("Tautan rahasia halaman pemantauan"),
  })
  .meta({ id: "RequestCreated" });

export const requestStatus = z
  .object({
    number: z.string().nullable(),
    status: z.enum(STATES),
    statusLabel: z.string(),
    due: civilDate.nullable().describe("Batas waktu yang berlaku (null saat waktu berhenti menunggu kelengkapan)"),
    extended: z.boolean(),
    receivedAt: z.string().describe("Waktu diterima (ISO 8601)"),
    events: z.array(
      z.object({
        at: z.string().describe("ISO 8601"),
        kind: z.string().describe("received, registered, clarification_requested, decided, withdrawn, …"),
        note: z.string().nullable(),
      }),
    ),
    decision: z
      .object({ code: z.string(), label: z.string(), decidedAt: z.string().nullable() })
      .nullable()
      .describe("Keputusan dalam pemberitahuan tertulis"),
  })
  .meta({ id: "RequestStatus" });

export type CreatedResponse = z.infer<typeof createdResponse>;
export type RequestStatus = z.infer<typeof requestStatus>;

/** The secret as a query parameter (the header X-Tracking-Secret is preferred). */
export const requestStatusQuery = z.object({
  secret: z.string().max(64).optional().describe("Kode rahasia (atau kirim header X-Tracking-Secret)"),
});
