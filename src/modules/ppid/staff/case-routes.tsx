/** The staff case page of one request, its files, its tanda bukti, and one POST per action. */
import { and, eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { href, t } from "../../../platform/i18n/index.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import type { PpidRequest } from "../case.ts";
import { assignRequest } from "../commands/assignRequest.ts";
import { closeRequest } from "../commands/closeRequest.ts";
import { registerRequest } from "../commands/deskRequests.ts";
import { extendDeadline } from "../commands/extendDeadline.ts";
import { handOver } from "../commands/handOver.ts";
import { recordClarification } from "../commands/recordClarification.ts";
import { requestClarification } from "../commands/requestClarification.ts";
import { issueReceipt } from "../jobs.ts";
import { getRequest } from "../queries.ts";
import { responseState } from "../response/index.ts";
import { ppidRequestFiles } from "../schema.ts";
import { addNote } from "./addNote.ts";
import { loadCase } from "./caseData.ts";
import { joinDate } from "./forms.ts";
import { capacity } from "./guard.ts";
import { flat, metaOf, readSubmitted, type Submitted } from "./http.ts";
import type { ActionName } from "./views/CaseActions.tsx";
import { CasePage } from "./views/CasePage.tsx";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Handler = (p: Platform, c: Context<AppEnv>, actor: Actor | null, req: PpidRequest, s: Submitted) => Promise<unknown>;

const ACTIONS: Record<ActionName, Handler> = {
  registrasi: (p, c, actor, req) => registerRequest(p, actor, metaOf(p, c), req.id),
  teruskan: (p, c, actor, req, s) => assignRequest(p, actor, metaOf(p, c), req.id, s.values),
  kelengkapan: (p, c, actor, req, s) => requestClarification(p, actor, metaOf(p, c), req.id, s.values),
  jawaban: (p, c, actor, req, s) => {
    const date = joinDate(s.values["receivedDate-day"], s.values["receivedDate-month"], s.values["receivedDate-year"]);
    return recordClarification(p, actor, metaOf(p, c), req.id, { ...s.values, receivedDate: date || undefined }, s.files.berkas?.[0]);
  },
  perpanjang: (p, c, actor, req, s) => extendDeadline(p, actor, metaOf(p, c), req.id, s.values),
  serahkan: (p, c, actor, req, s) => handOver(p, actor, metaOf(p, c), req.id, s.values, s.files.berkas ?? []),
  tutup: (p, c, actor, req, s) => closeRequest(p, actor, metaOf(p, c), req.id, s.values),
  catatan: (p, c, actor, req, s) => addNote(p, actor, metaOf(p, c), req.id, s.values),
};

export function caseRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const load = async (id: string) => {
    const req = UUID_RE.test(id) ? await getRequest(p.db, id) : null;
    if (!req) throw notFound("Permohonan tidak ditemukan.");
    return req;
  };
  const title = (req: PpidRequest, lang: AppEnv["Variables"]["lang"]) =>
    t(lang, "ppid.staff.case.title", { ref: req.number ?? t(lang, "ppid.staff.unregistered") });

  r.get("/ppid/kelola/permohonan/:id", async (c) => {
    const actor = c.get("actor");
    const req = await load(c.req.param("id"));
    authorize(actor, "ppid.request.read", { unitId: req.unitId });
    privatePage(c);
    const [data, response] = await Promise.all([loadCase(p.db, actor, req), responseState(p, req.id, actor)]);
    return c.render(<CasePage data={data} done={c.req.query("selesai")} response={response} />, { title: title(req, c.get("lang")) });
  });

  // The tanda bukti, rendered on demand when its job has not run yet (issueReceipt is idempotent).
  r.get("/ppid/kelola/permohonan/:id/tanda-bukti", async (c) => {
    const actor = c.get("actor");
    const req = await load(c.req.param("id"));
    authorize(actor, "ppid.request.read", { unitId: req.unitId });
    if (!req.number) throw notFound("Tanda bukti diterbitkan setelah permohonan diregistrasi.");
    const docId = req.receiptDocId ?? (await issueReceipt(p, req.id));
    if (!docId) throw notFound();
    return c.redirect(`/verifikasi/${encodeURIComponent(docId)}/berkas`, 303);
  });

  // A file of the request; every opening is audited as a view of personal data.
  r.get("/ppid/kelola/permohonan/:id/berkas/:fileId", async (c) => {
    const actor = c.get("actor");
    const req = await load(c.req.param("id"));
    authorize(actor, "ppid.request.read", { unitId: req.unitId });
    const fileId = c.req.param("fileId");
    if (!UUID_RE.test(fileId)) throw notFound("Berkas tidak ditemukan.");
    const [f] = await p.db
      .select()
      .from(ppidRequestFiles)
      .where(and(eq(ppidRequestFiles.id, fileId), eq(ppidRequestFiles.requestId, req.id)));
    const bytes = f ? await p.files.get(f.fileKey) : null;
    if (!f || !bytes) throw notFound("Berkas tidak ditemukan.");
    await inTransaction(p, auditActor(actor, metaOf(p, c), capacity(actor)), async (w) => {
      await w.audit({
        action: "ppid.file.viewed",
        subjectType: "ppid_request",
        subjectId: req.id,
        unitId: req.unitId,
        after: { fileId: f.id, purpose: f.purpose, name: f.name },
      });
    });
    const ascii = f.name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": f.mime,
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });

  for (const [name, run] of Object.entries(ACTIONS) as [ActionName, Handler][]) {
    r.post(`/ppid/kelola/permohonan/:id/${name}`, async (c) => {
      const actor = c.get("actor");
      const req = await load(c.req.param("id"));
      const s = await readSubmitted(c);
      try {
        await run(p, c, actor, req, s);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        privatePage(c);
        c.status(400);
        const fresh = (await getRequest(p.db, req.id)) ?? req;
        authorize(actor, "ppid.request.read", { unitId: fresh.unitId });
        const data = await loadCase(p.db, actor, fresh);
        return c.render(<CasePage data={data} state={{ failed: name, errors: e.fields, values: flat(s.values) }} />, {
          title: `Kesalahan: ${title(req, c.get("lang"))}`,
        });
      }
      return c.redirect(href(c.get("lang"), `/ppid/kelola/permohonan/${req.id}?selesai=${name}`), 303);
    });
  }
  return r;
}
