import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { HttpError, notFound, ValidationError } from "../../platform/http/errors.ts";
import { RateLimiter, throttle } from "../../platform/http/rate-limit.ts";
import { publicCache } from "../../platform/http/render.tsx";
import { href, t } from "../../platform/i18n/index.ts";
import {
  checkUpload,
  getIssuedDocument,
  normaliseDocumentId,
  publicEntry,
  registeredFile,
  type VerifiedEntry,
  verifyEntry,
} from "../../platform/verification/index.ts";
import { getUnit } from "../organisation/index.ts";
import { MAX_BODY_BYTES, MAX_UPLOAD_MB, readPdfUpload, type UploadResult } from "./upload.ts";
import { CheckResultPage } from "./views/CheckResultPage.tsx";
import { DocumentPage } from "./views/DocumentPage.tsx";
import { VerifyStartPage } from "./views/VerifyStartPage.tsx";

const UPLOADS_PER_10_MIN = 30;

type Ctx = Context<AppEnv>;

function uploadMessage(c: Ctx, error: Exclude<UploadResult, { ok: true }>["error"]): string {
  return t(c.get("lang"), `verify.upload.${error}`, { mb: MAX_UPLOAD_MB });
}

/** Revocation and signature state must be current: browsers revalidate every time (ETag). */
function noStaleCache(c: Ctx): void {
  if (!c.get("actor")) c.header("Cache-Control", "no-cache");
}

export function signaturesRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  const issuerName = async (v: VerifiedEntry | null) => {
    const unitId = v?.document.unitId;
    return unitId ? ((await getUnit(p.db, unitId))?.name ?? null) : null;
  };

  const entryOr404 = async (raw: string) => {
    const id = normaliseDocumentId(raw);
    const v = id ? await verifyEntry(p.db, p.key, id) : null;
    if (!v) throw notFound();
    return v;
  };

  r.get("/verifikasi", (c) => {
    const lang = c.get("lang");
    const raw = c.req.query("id");
    if (raw !== undefined) {
      const id = normaliseDocumentId(raw);
      if (id) return c.redirect(href(lang, `/verifikasi/${id}`), 303);
      c.status(400);
      return c.render(<VerifyStartPage errors={{ id: t(lang, "verify.by_id.invalid") }} idValue={raw.slice(0, 40)} />, {
        title: t(lang, "verify.title"),
      });
    }
    publicCache(c, 300);
    return c.render(<VerifyStartPage />, { title: t(lang, "verify.title") });
  });

  // Anonymous uploads are read into memory: at most UPLOADS_PER_10_MIN per address.
  const uploads = new RateLimiter();
  const uploadThrottle = throttle(uploads, "verify-upload", { max: UPLOADS_PER_10_MIN, windowMs: 10 * 60_000 }, p.config.TRUST_PROXY);

  const htmlLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      c.status(413);
      return c.render(<VerifyStartPage errors={{ berkas: uploadMessage(c, "too_large") }} />, { title: t(c.get("lang"), "verify.title") });
    },
  });

  r.post("/verifikasi", uploadThrottle, htmlLimit, async (c) => {
    const lang = c.get("lang");
    const upload = await readPdfUpload(c);
    if (!upload.ok) {
      c.status(upload.error === "too_large" ? 413 : 400);
      return c.render(<VerifyStartPage errors={{ berkas: uploadMessage(c, upload.error) }} />, { title: t(lang, "verify.title") });
    }
    const { sha256, match } = await checkUpload(p.db, p.key, upload.bytes);
    c.header("Cache-Control", "no-store");
    return c.render(<CheckResultPage sha256={sha256} match={match} issuerName={await issuerName(match)} />, {
      title: t(lang, "verify.result.title"),
    });
  });

  r.get("/verifikasi/:id", async (c) => {
    const v = await entryOr404(c.req.param("id"));
    const file = await registeredFile(p.files, v.document);
    noStaleCache(c);
    return c.render(<DocumentPage entry={v} issuerName={await issuerName(v)} fileAvailable={file !== null} />, {
      title: v.document.title,
    });
  });

  r.get("/verifikasi/:id/berkas", async (c) => {
    const id = normaliseDocumentId(c.req.param("id"));
    const doc = id ? await getIssuedDocument(p.db, id) : null;
    if (!doc) throw notFound();
    const bytes = await registeredFile(p.files, doc);
    if (!bytes) throw notFound(t(c.get("lang"), "verify.doc.file_missing"));
    return c.body(new Uint8Array(bytes), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="dokumen-${doc.id}.pdf"`,
      "Content-Length": String(bytes.byteLength),
      // The bytes of an id never change; but receipts and notices carry a requester's name and
      // address, so only the reader's own browser may keep them, never a shared cache.
      "Cache-Control": "private, max-age=86400, immutable",
      "X-Robots-Tag": "noindex",
    });
  });

  r.get("/api/v1/verification/:id", async (c) => {
    const v = await entryOr404(c.req.param("id"));
    noStaleCache(c);
    return c.json({ ...publicEntry(v, p.config.baseUrl), issuer: await issuerName(v) });
  });

  const apiLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      throw new HttpError(413, uploadMessage(c, "too_large"), "too_large");
    },
  });

  r.post("/api/v1/verification/check", uploadThrottle, apiLimit, async (c) => {
    const upload = await readPdfUpload(c);
    if (!upload.ok) {
      if (upload.error === "too_large") throw new HttpError(413, uploadMessage(c, "too_large"), "too_large");
      throw new ValidationError({ berkas: uploadMessage(c, upload.error) }, uploadMessage(c, upload.error));
    }
    const { sha256, match } = await checkUpload(p.db, p.key, upload.bytes);
    c.header("Cache-Control", "no-store");
    return c.json({
      match: match !== null,
      sha256,
      document: match ? { ...publicEntry(match, p.config.baseUrl), issuer: await issuerName(match) } : null,
    });
  });

  return r;
}
