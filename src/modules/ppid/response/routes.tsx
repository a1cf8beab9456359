/**
 * The response to a request: the PPID Pelaksana drafts it on
 * /ppid/kelola/permohonan/:id/tanggapan, the PPID Utama reviews it on
 * …/tanggapan/:responseId/tinjau (approve = the decision and the written
 * notice; or return with a note). Staff download the draft's files on
 * …/tanggapan/berkas/:fileId.
 */
import { type Context, Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { formText, readForm } from "../../../platform/http/validation.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { authorize, can } from "../../access/index.ts";
import { listActiveExemptions } from "../../dip/index.ts";
import { getUnit } from "../../organisation/index.ts";
import { draftResponse } from "../commands/draftResponse.ts";
import { approveResponse, returnResponse, submitResponse } from "../commands/reviewResponse.ts";
import type { Upload } from "../files.ts";
import { getRequest, requestFiles } from "../queries.ts";
import { STATE_LABEL } from "../states.ts";
import "./messages.ts";
import { openResponse, tookPart } from "./support.ts";
import { casePath, draftPath } from "./views/common.tsx";
import { DraftPage, type FormValues, valuesOf } from "./views/DraftPage.tsx";
import { ReviewPage } from "./views/ReviewPage.tsx";

type Ctx = Context<AppEnv>;
const errorTitle = (c: Ctx, title: string) => `${t(c.get("lang"), "ui.error_prefix")}: ${title}`;

export function responseRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const meta = (c: Ctx) => requestMeta(c, p.config.TRUST_PROXY);

  const loadRequest = async (c: Ctx) => {
    const req = await getRequest(p.db, c.req.param("id") ?? "");
    if (!req) throw notFound("Permohonan tidak ditemukan.");
    return req;
  };

  const draftPage = async (c: Ctx, values: FormValues | null, errors?: Record<string, string>) => {
    const req = await loadRequest(c);
    authorize(c.get("actor"), "ppid.request.work", { unitId: req.unitId });
    privatePage(c);
    const lang = c.get("lang");
    if (req.state !== "DIPROSES") {
      c.status(errors ? 400 : 409);
      return c.render(
        <>
          <h1 class="govuk-heading-l">{t(lang, "ppid.response.closed_title")}</h1>
          <p class="govuk-body">{t(lang, "ppid.response.closed", { state: STATE_LABEL[req.state] })}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={href(lang, casePath(req.id))}>
              {t(lang, "ppid.response.back")}
            </a>
          </p>
        </>,
        { title: t(lang, "ppid.response.closed_title") },
      );
    }
    const [current, exemptions, unit] = await Promise.all([
      openResponse(p.db, req.id),
      listActiveExemptions(p),
      req.unitId ? getUnit(p.db, req.unitId) : null,
    ]);
    if (errors) c.status(400);
    const title = t(lang, "ppid.response.draft_title", { number: req.number ?? "" });
    return c.render(
      <DraftPage
        req={req}
        unitName={unit?.name ?? null}
        values={values ?? (current ? valuesOf(current) : { informationStatus: "dikuasai" })}
        errors={errors}
        exemptions={exemptions}
        current={current}
        canReview={can(c.get("actor"), "ppid.response.approve")}
        saved={c.req.query("disimpan") === "1"}
      />,
      { title: errors ? errorTitle(c, title) : title },
    );
  };

  r.get("/ppid/kelola/permohonan/:id/tanggapan", (c) => draftPage(c, null));

  r.post("/ppid/kelola/permohonan/:id/tanggapan", async (c) => {
    const actor = c.get("actor");
    const req = await loadRequest(c);
    authorize(actor, "ppid.request.work", { unitId: req.unitId });
    const type = c.req.header("content-type") ?? "";
    if (!/multipart\/form-data|application\/x-www-form-urlencoded/.test(type)) {
      throw new ValidationError({ _: "Format kiriman tidak dikenali." }, "Format kiriman tidak dikenali.");
    }
    const body = await c.req.parseBody({ all: true });
    const values: FormValues = {};
    for (const [k, v] of Object.entries(body)) {
      if (k === "berkas" || k === "_csrf") continue;
      if (Array.isArray(v)) values[k] = v.filter((x): x is string => typeof x === "string");
      else if (typeof v === "string") values[k] = v;
    }
    const file = Array.isArray(body.berkas) ? body.berkas[0] : body.berkas;
    const upload: Upload | null =
      file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    try {
      await draftResponse(p, actor, meta(c), req.id, values, { upload, submit: formText(values.aksi) === "ajukan" });
      return c.redirect(href(c.get("lang"), `${draftPath(req.id)}?disimpan=1`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const errors = { ...e.fields };
      if (upload && !errors.berkas && values.decision === "dikabulkan_sebagian") {
        errors.berkas = "Berkas belum disimpan karena ada isian lain yang perlu diperbaiki: pilih berkasnya lagi.";
      }
      return draftPage(c, values, errors);
    }
  });

  r.post("/ppid/kelola/permohonan/:id/tanggapan/:responseId/ajukan", async (c) => {
    const req = await loadRequest(c);
    await submitResponse(p, c.get("actor"), meta(c), req.id, c.req.param("responseId"));
    return c.redirect(href(c.get("lang"), `${draftPath(req.id)}?disimpan=1`), 303);
  });

  const reviewPage = async (c: Ctx, extra: { note?: string; errors?: Record<string, string> } = {}) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.response.approve");
    privatePage(c);
    const req = await loadRequest(c);
    const resp = (await openResponse(p.db, req.id)) ?? null;
    if (!resp || resp.id !== c.req.param("responseId")) throw notFound("Tanggapan tidak ditemukan atau sudah ditinjau.");
    const unit = req.unitId ? await getUnit(p.db, req.unitId) : null;
    const title = t(c.get("lang"), "ppid.response.review_title", { number: req.number ?? "" });
    if (extra.errors) c.status(400);
    return c.render(<ReviewPage req={req} unitName={unit?.name ?? null} resp={resp} tookPart={tookPart(resp, actor.userId)} {...extra} />, {
      title: extra.errors ? errorTitle(c, title) : title,
    });
  };

  r.get("/ppid/kelola/permohonan/:id/tanggapan/:responseId/tinjau", (c) => reviewPage(c));

  r.post("/ppid/kelola/permohonan/:id/tanggapan/:responseId/tinjau", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.response.approve");
    const req = await loadRequest(c);
    const responseId = c.req.param("responseId");
    const values = await readForm(c);
    const aksi = formText(values.aksi);
    try {
      if (aksi === "setujui") {
        await approveResponse(p, actor, meta(c), req.id, responseId);
        return c.redirect(href(c.get("lang"), `${casePath(req.id)}?selesai=diputus`), 303);
      }
      if (aksi === "kembalikan") {
        await returnResponse(p, actor, meta(c), req.id, responseId, { note: values.note });
        return c.redirect(href(c.get("lang"), `${casePath(req.id)}?selesai=dikembalikan`), 303);
      }
      throw new ValidationError({ status: "Pilih setujui atau kembalikan." });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return reviewPage(c, { note: formText(values.note), errors: e.fields.state ? { status: e.fields.state } : e.fields });
    }
  });

  /** Staff download of a request's file (the draft's original and redacted copy among them). */
  r.get("/ppid/kelola/permohonan/:id/tanggapan/berkas/:fileId", async (c) => {
    const req = await loadRequest(c);
    authorize(c.get("actor"), "ppid.request.read", { unitId: req.unitId });
    privatePage(c);
    const f = (await requestFiles(p.db, req.id, false)).find((x) => x.id === c.req.param("fileId"));
    const bytes = f ? await p.files.get(f.fileKey) : null;
    if (!f || !bytes) throw notFound("Berkas tidak ditemukan.");
    const ascii = f.name.replace(/[^A-Za-z0-9._-]+/g, "_") || "berkas";
    c.header("Cache-Control", "no-store");
    return c.body(new Uint8Array(bytes), 200, {
      "Content-Type": f.mime,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
      "X-Content-Type-Options": "nosniff",
    });
  });

  return r;
}
