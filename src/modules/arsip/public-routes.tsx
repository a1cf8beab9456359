/**
 * The public archive: search over biasa records marked public, their pages and downloads. These
 * pages read no session (always the public scope), so they are the same for everyone and
 * cacheable; anonymous requests set no cookie.
 */
import { type Context, Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { notFound } from "../../platform/http/errors.ts";
import { publicCache } from "../../platform/http/render.tsx";
import { t } from "../../platform/i18n/index.ts";
import { listUnits } from "../organisation/index.ts";
import { PUBLIC_SCOPE } from "./access.ts";
import { documentTypes, getRecord, parseFilter, searchRecords, versionsOf } from "./queries.ts";
import { PublicRecordPage, PublicSearchPage } from "./views/PublicPages.tsx";

/** Sends a stored file as an attachment, never rendered inline. */
export async function sendFile(p: Platform, c: Context<AppEnv>, f: { fileKey: string; name: string; mime: string }) {
  const bytes = await p.files.get(f.fileKey);
  if (!bytes) throw notFound("Berkas tidak ditemukan di penyimpanan.");
  const ascii = f.name.replace(/[^A-Za-z0-9._-]+/g, "_") || "berkas";
  return c.body(new Uint8Array(bytes), 200, {
    "Content-Type": f.mime,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
    "Content-Length": String(bytes.byteLength),
    "X-Content-Type-Options": "nosniff",
  });
}

export function publicRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  r.get("/arsip", async (c) => {
    publicCache(c);
    const filter = parseFilter(c.req.query());
    // The class filter is meaningless here: every public record is biasa.
    filter.securityClass = undefined;
    const [result, units, types] = await Promise.all([searchRecords(p.db, PUBLIC_SCOPE, filter), listUnits(p.db), documentTypes(p.db)]);
    return c.render(<PublicSearchPage filter={filter} result={result} units={units} types={types} />, {
      title: t(c.get("lang"), "arsip.title"),
    });
  });

  r.get("/arsip/:id{[0-9a-f-]{36}}", async (c) => {
    const rec = await getRecord(p.db, PUBLIC_SCOPE, c.req.param("id"));
    if (!rec) throw notFound(t(c.get("lang"), "arsip.not_found"));
    publicCache(c);
    const files = await versionsOf(p.db, rec.id);
    return c.render(<PublicRecordPage rec={rec} files={files} />, { title: rec.title });
  });

  r.get("/arsip/:id{[0-9a-f-]{36}}/berkas/:fileId{[0-9a-f-]{36}}", async (c) => {
    const rec = await getRecord(p.db, PUBLIC_SCOPE, c.req.param("id"));
    const f = rec
      ? (await versionsOf(p.db, rec.id)).find((x) => x.id === c.req.param("fileId") && x.versionNo === rec.currentVersion)
      : null;
    if (!rec || !f) throw notFound(t(c.get("lang"), "arsip.not_found"));
    publicCache(c, 300);
    return sendFile(p, c, f);
  });

  return r;
}
