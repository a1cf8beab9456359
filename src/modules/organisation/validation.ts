import { z } from "zod";
import { units } from "./schema.ts";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} paling banyak ${max} karakter.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

export const UNIT_KINDS = units.kind.enumValues;

export const unitProfileSchema = z.object({
  name: z.string().trim().min(3, "Nama perangkat daerah wajib diisi (minimal 3 karakter).").max(200, "Nama paling banyak 200 karakter."),
  headName: optionalText(150, "Nama kepala"),
  address: optionalText(300, "Alamat"),
  phone: z
    .string()
    .trim()
    .max(40, "Nomor telepon paling banyak 40 karakter.")
    .regex(/^[0-9+()\-\s.]*$/, "Nomor telepon hanya boleh berisi angka, spasi, dan tanda + ( ) - .")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
  email: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === "" || z.email().safeParse(v).success, "Alamat surel tidak valid, contoh: ppid@lebongkab.go.id")
    .transform((v) => (v === "" ? null : v.toLowerCase()))
    .nullable()
    .optional(),
  website: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/.test(v), "Alamat situs harus diawali http:// atau https://")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
  tasks: optionalText(4000, "Tugas dan fungsi"),
  ppidContact: optionalText(300, "Kontak PPID"),
  reason: optionalText(500, "Alasan"),
});

export const createUnitSchema = unitProfileSchema.extend({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(2, "Singkatan wajib diisi (minimal 2 karakter).")
    .max(30, "Singkatan paling banyak 30 karakter.")
    .regex(/^[A-Z0-9-]+$/, "Singkatan hanya boleh berisi huruf, angka, dan tanda hubung, misalnya DISKOMINFO-SP."),
  kind: z.enum(UNIT_KINDS, { error: "Pilih jenis perangkat daerah." }),
});

export const retireSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(5, "Tuliskan alasan (minimal 5 karakter), misalnya dasar Perda perubahan OPD.")
    .max(500, "Alasan paling banyak 500 karakter."),
});

export type UnitProfileInput = z.infer<typeof unitProfileSchema>;
export type CreateUnitInput = z.infer<typeof createUnitSchema>;
