import type { Context } from "hono";
import { z } from "zod";
import type { Lang } from "../i18n/index.ts";
import { type FieldErrors, ValidationError } from "./errors.ts";

z.config(z.locales.id());

/** Turns zod issues into one message per field (the first issue of each). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/**
 * The value with every NUL character removed from its strings (deeply). PostgreSQL
 * text refuses NUL, and no form field means one; without this a stray byte in a
 * name or a file name became a 500 at insert time.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === "string") return (value.includes("\u0000") ? value.replaceAll("\u0000", "") : value) as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k), withoutNul(v)])) as T;
  }
  return value;
}

/** Parses a value with the schema or throws a ValidationError with field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(withoutNul(value));
  if (!r.success) throw new ValidationError(fieldErrors(r.error));
  return r.data;
}

/** Reads an urlencoded or multipart form as plain strings (repeated fields become arrays). */
export async function readForm(c: Context): Promise<Record<string, string | string[]>> {
  const type = c.req.header("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data")) {
    throw new ValidationError({ _: "Format kiriman tidak dikenali." }, "Format kiriman tidak dikenali.");
  }
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string");
    else if (typeof v === "string") out[k] = v;
  }
  return withoutNul(out);
}

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, unknown> };

/** Validates a submitted form; on failure returns the errors and what was typed. */
export function validateForm<S extends z.ZodType>(schema: S, values: Record<string, unknown>, _lang?: Lang): FormResult<z.infer<S>> {
  const r = schema.safeParse(withoutNul(values));
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, errors: fieldErrors(r.error), values };
}

/** One submitted form field as text: the string, the first of repeated values, or "" when absent. */
export function formText(v: unknown): string {
  return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : "";
}
