/**
 * Input schemas shared by the commands. Messages are i18n keys (see
 * messages.ts); the views translate them into the request's language.
 */
import { z } from "zod";
import { formText } from "../../platform/http/validation.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./passwords.ts";
import { CLEARANCES, ROLES } from "./schema.ts";

const EMAIL_RE = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]+$/;

export const emailSchema = z.preprocess(
  (v) => formText(v).trim().toLowerCase(),
  z
    .string()
    .min(1, { error: "acc.err.email_required" })
    .max(254, { error: "acc.err.email_invalid" })
    .regex(EMAIL_RE, { error: "acc.err.email_invalid" }),
);

export const nameSchema = z.preprocess(
  (v) => formText(v).trim().replace(/\s+/g, " "),
  z.string().min(1, { error: "acc.err.name_required" }).max(120, { error: "acc.err.name_long" }),
);

/** A new password: at least 10 characters. */
export const newPasswordSchema = z.preprocess(
  formText,
  z
    .string()
    .min(1, { error: "acc.err.password_required" })
    .min(MIN_PASSWORD_LENGTH, { error: "acc.err.password_short" })
    .max(MAX_PASSWORD_LENGTH, { error: "acc.err.password_long" }),
);

/** A password being checked (sign-in, confirmation): only presence. */
export const givenPasswordSchema = z.preprocess(
  formText,
  z.string().min(1, { error: "acc.err.password_required" }).max(MAX_PASSWORD_LENGTH, { error: "acc.err.password_long" }),
);

export const confirmedPassword = z
  .object({ kata_sandi: newPasswordSchema, konfirmasi: z.preprocess(formText, z.string()) })
  .refine((v) => v.kata_sandi === v.konfirmasi, { path: ["konfirmasi"], error: "acc.err.password_mismatch" });

export const codeSchema = z.preprocess(
  (v) => formText(v).trim(),
  z.string().min(1, { error: "acc.err.code_required" }).max(40, { error: "acc.err.code_invalid" }),
);

export const roleSchema = z.preprocess(formText, z.enum(ROLES, { error: "acc.err.role_required" }));
export const clearanceSchema = z.preprocess(formText, z.enum(CLEARANCES, { error: "acc.err.clearance_required" }));

/** "kabupaten" for regency-wide, or the id of an OPD. */
export const unitChoiceSchema = z.preprocess(
  formText,
  z.string().refine((v) => v === "kabupaten" || z.uuid().safeParse(v).success, { error: "acc.err.unit_required" }),
);

export const nipSchema = z.preprocess(
  (v) => formText(v).replace(/\s+/g, ""),
  z.string().regex(/^(\d{18})?$/, { error: "acc.err.nip_invalid" }),
);

export const uuidSchema = z.uuid();

/** Only a local path (one leading slash, no scheme, no "//") may be a return address. */
export function safeReturnPath(v: unknown): string | null {
  const s = formText(v);
  if (!s || s.length > 500 || !s.startsWith("/") || s.startsWith("//") || s.startsWith("/\\")) return null;
  if (/[\r\n\t]/.test(s) || s.includes("\\")) return null;
  return s;
}
