/** Staff pages of the archive under /arsip/kelola: list and search, capture, record page, versions, final, metadata, downloads. */
import { type Context, Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { HttpError, notFound, ValidationError } from "../../platform/http/errors.ts";
import { privatePage } from "../../platform/http/render.tsx";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { authorize, can } from "../access/index.ts";
import { listUnits } from "../organisation/index.ts";
import { readScope } from "./access.ts";
import { addVersion } from "./commands/addVersion.ts";
import { captureRecord } from "./commands/captureRecord.ts";
import { declareFinal } from "./commands/declareFinal.ts";
import { recordAccess } from "./commands/recordAccess.ts";
import { setClassificationDefault } from "./commands/setClassificationDefault.ts";
import { updateMetadata } from "./commands/updateMetadata.ts";
import type { Upload } from "./files.ts";
import { sendFile } from "./public-routes.tsx";
import {
  classificationTree,
  documentTypes,
  getRecord,
  parseFilter,
  type RecordDetail,
  retentionRule,
  searchRecords,
  versionsOf,
} from "./queries.ts";
import { civilDate } from "./validation.ts";
import { CapturePage, EditPage, type FormValues } from "./views/StaffForms.tsx";
import { ClassificationPage, StaffListPage, StaffRecordPage } from "./views/StaffPages.tsx";

type Ctx = Context<AppEnv>;

/** The text fields and the files of a (multipart) form. */
async function readSubmitted(c: Ctx): Promise<{ values: FormValues; flags: string[]; files: Upload[] }> {
  const type = c.req.header("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data")) {
    throw new ValidationError({ _: "Format kiriman tidak dikenali." }, "Format kiriman tidak dikenali.");
  }
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  const flags: string[] = [];
  const files: Upload[] = [];
  for (const [k, v] of Object.entries(body)) {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (typeof x === "string") {
        if (k === "flags") flags.push(x);
        else values[k] ??= x;
      } else if (x instanceof File && (x.size > 0 || x.name)) {
        files.push({ name: x.name, bytes: new Uint8Array(await x.arrayBuffer()) });
      }
    }
  }
  values.isPublic = flags.includes("isPublic") ? "1" : "";
  values.vital = flags.includes("vital") ? "1" : "";
  return { values, flags, files };
}

/** Form values → the command's metadata input. */
const metadataOf = (v: FormValues) => ({
  ...v,
  recordDate: civilDate(v["recordDate-day"] ?? "", v["recordDate-month"] ?? "", v["recordDate-year"] ?? ""),
});

function valuesOf(r: RecordDetail): FormValues {
  const [y, m, d] = r.recordDate.split("-");
  return {
    title: r.title,
    description: r.description ?? "",
    unitId: r.unitId,
    "recordDate-day": String(Number(d)),
    "recordDate-month": String(Number(m)),
    "recordDate-year": y,
    classificationCode: r.classificationCode,
    documentType: r.documentType,
    securityClass: r.securityClass,
    isPublic: r.isPublic ? "1" : "",
    vital: r.vital ? "1" : "",
    keywords: r.keywords,
    physicalLocation: r.physicalLocation ?? "",
  };
}

export function staffRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const meta = (c: Ctx) => requestMeta(c, p.config.TRUST_PROXY);
  const csrf = (c: Ctx) => c.get("actor")?.csrfToken ?? "";
  const units = () => listUnits(p.db);

  const loadVisible = async (c: Ctx) => {
    const rec = await getRecord(p.db, readScope(c.get("actor")), c.req.param("id") ?? "");
    if (!rec) throw notFound(t(c.get("lang"), "arsip.not_found"));
    return rec;
  };

  const recordPage = async (c: Ctx, rec: RecordDetail, extra: { notice?: string; errors?: Record<string, string> } = {}) => {
    const [files, rule] = await Promise.all([versionsOf(p.db, rec.id), retentionRule(p.db, rec.retentionCode)]);
    const canManage = can(c.get("actor"), "arsip.manage", { unitId: rec.unitId });
    return c.render(<StaffRecordPage rec={rec} files={files} rule={rule} canManage={canManage} {...extra} />, {
      title: `${extra.errors ? "Kesalahan: " : ""}${rec.title}`,
    });
  };

  r.get("/arsip/kelola", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "arsip.read");
    privatePage(c);
    const filter = parseFilter(c.req.query());
    const [result, us, types] = await Promise.all([searchRecords(p.db, readScope(actor), filter), units(), documentTypes(p.db)]);
    return c.render(<StaffListPage filter={filter} result={result} units={us} types={types} canCapture={can(actor, "arsip.manage")} />, {
      title: t(c.get("lang"), "arsip.staff.title"),
    });
  });

  r.get("/arsip/kelola/klasifikasi", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "arsip.read");
    privatePage(c);
    return c.render(
      <ClassificationPage
        nodes={await classificationTree(p.db)}
        canManage={can(actor, "arsip.classification.manage")}
        saved={c.req.query("disimpan") === "1"}
      />,
      { title: "Kode klasifikasi dan retensi" },
    );
  });

  r.post("/arsip/kelola/klasifikasi", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "arsip.classification.manage");
    privatePage(c);
    const values = (await readSubmitted(c)).values;
    try {
      await setClassificationDefault(p, actor, meta(c), values);
      return c.redirect(href(c.get("lang"), "/arsip/kelola/klasifikasi?disimpan=1"), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return c.render(<ClassificationPage nodes={await classificationTree(p.db)} canManage values={values} errors={e.fields} />, {
        title: "Kesalahan: Kode klasifikasi dan retensi",
      });
    }
  });

  r.get("/arsip/kelola/baru", async (c) => {
    authorize(c.get("actor"), "arsip.manage");
    privatePage(c);
    const own = c.get("actor")?.roles.find((g) => g.role === "arsiparis" && g.unitId)?.unitId ?? "";
    return c.render(<CapturePage values={{ unitId: own }} units={await units()} csrf={csrf(c)} />, { title: "Unggah arsip baru" });
  });

  r.post("/arsip/kelola/baru", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "arsip.manage");
    privatePage(c);
    const form = await readSubmitted(c);
    try {
      const { recordId } = await captureRecord(p, actor, meta(c), { values: metadataOf(form.values), files: form.files });
      return c.redirect(href(c.get("lang"), `/arsip/kelola/${recordId}?disimpan=1`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return c.render(<CapturePage values={form.values} errors={e.fields} units={await units()} csrf={csrf(c)} />, {
        title: "Kesalahan: Unggah arsip baru",
      });
    }
  });

  r.get("/arsip/kelola/:id{[0-9a-f-]{36}}", async (c) => {
    authorize(c.get("actor"), "arsip.read");
    privatePage(c);
    const rec = await loadVisible(c);
    await recordAccess(p, c.get("actor"), meta(c), rec, { action: "viewed" });
    const q = c.req.query();
    const notice = q.disimpan
      ? "Arsip disimpan."
      : q.versi
        ? "Versi baru disimpan."
        : q.final
          ? "Arsip dinyatakan final."
          : q.diubah
            ? "Keterangan arsip diubah."
            : undefined;
    return recordPage(c, rec, { notice });
  });

  r.get("/arsip/kelola/:id{[0-9a-f-]{36}}/berkas/:fileId{[0-9a-f-]{36}}", async (c) => {
    authorize(c.get("actor"), "arsip.read");
    privatePage(c);
    const rec = await loadVisible(c);
    const f = (await versionsOf(p.db, rec.id)).find((x) => x.id === c.req.param("fileId"));
    if (!f) throw notFound("Berkas tidak ditemukan.");
    await recordAccess(p, c.get("actor"), meta(c), rec, { action: "downloaded", fileId: f.id, versionNo: f.versionNo });
    return sendFile(p, c, f);
  });

  r.post("/arsip/kelola/:id{[0-9a-f-]{36}}/versi", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "arsip.manage");
    privatePage(c);
    const rec = await loadVisible(c);
    const form = await readSubmitted(c);
    try {
      await addVersion(p, actor, meta(c), rec.id, { files: form.files });
      return c.redirect(href(c.get("lang"), `/arsip/kelola/${rec.id}?versi=1`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError) && !(e instanceof HttpError && e.status === 409)) throw e;
      c.status(e instanceof ValidationError ? 400 : 409);
      return recordPage(c, await loadVisible(c), { errors: e instanceof ValidationError ? e.fields : { files: e.message } });
    }
  });

  r.post("/arsip/kelola/:id{[0-9a-f-]{36}}/final", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "arsip.manage");
    const rec = await loadVisible(c);
    await declareFinal(p, actor, meta(c), rec.id);
    return c.redirect(href(c.get("lang"), `/arsip/kelola/${rec.id}?final=1`), 303);
  });

  r.get("/arsip/kelola/:id{[0-9a-f-]{36}}/ubah", async (c) => {
    authorize(c.get("actor"), "arsip.manage");
    privatePage(c);
    const rec = await loadVisible(c);
    authorize(c.get("actor"), "arsip.manage", { unitId: rec.unitId });
    return c.render(<EditPage id={rec.id} values={valuesOf(rec)} units={await units()} csrf={csrf(c)} />, {
      title: "Ubah keterangan arsip",
    });
  });

  r.post("/arsip/kelola/:id{[0-9a-f-]{36}}/ubah", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "arsip.manage");
    privatePage(c);
    const rec = await loadVisible(c);
    const form = await readSubmitted(c);
    try {
      await updateMetadata(p, actor, meta(c), rec.id, metadataOf(form.values));
      return c.redirect(href(c.get("lang"), `/arsip/kelola/${rec.id}?diubah=1`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return c.render(<EditPage id={rec.id} values={form.values} errors={e.fields} units={await units()} csrf={csrf(c)} />, {
        title: "Kesalahan: Ubah keterangan arsip",
      });
    }
  });

  return r;
}
