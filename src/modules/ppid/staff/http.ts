/** Reading forms with files on the staff pages. */
import type { Context } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import type { Upload } from "../files.ts";

export interface Submitted {
  values: Record<string, string | string[]>;
  files: Record<string, Upload[]>;
}

/** An urlencoded or multipart form: its text fields and its (non-empty) files. */
export async function readSubmitted(c: Context<AppEnv>): Promise<Submitted> {
  const type = c.req.header("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data")) {
    throw new ValidationError({ _: "Format kiriman tidak dikenali." }, "Format kiriman tidak dikenali.");
  }
  const body = await c.req.parseBody({ all: true });
  const values: Submitted["values"] = {};
  const files: Submitted["files"] = {};
  for (const [k, v] of Object.entries(body)) {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (typeof x === "string") {
        const prev = values[k];
        values[k] = prev === undefined ? x : Array.isArray(prev) ? [...prev, x] : [prev, x];
      } else if (x instanceof File && x.size > 0) {
        const list = files[k] ?? [];
        list.push({ name: x.name, bytes: new Uint8Array(await x.arrayBuffer()) });
        files[k] = list;
      }
    }
  }
  return { values, files };
}

/** Only the single-valued text fields, for re-rendering a form. */
export const flat = (values: Submitted["values"]): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? "") : v]));

export const metaOf = (p: Platform, c: Context<AppEnv>) => requestMeta(c, p.config.TRUST_PROXY);
