import { and, desc, eq, inArray } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { auditEvents } from "../../platform/audit/schema.ts";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { privatePage } from "../../platform/http/render.tsx";
import { formText, readForm } from "../../platform/http/validation.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { authorize } from "../access/index.ts";
import { saveBiaya, saveMaklumat } from "./commands/maklumat.ts";
import { BIAYA_KEY, getBiaya, getMaklumat, MAKLUMAT_KEY, MAKLUMAT_PARTS } from "./settings.ts";
import { metaOf, onFormError } from "./staff.ts";
import { type HistoryRow, MaklumatEditPage } from "./views/MaklumatEditPage.tsx";

/** /ppid/kelola/maklumat: the PPID Utama edits the maklumat and the fee table; the audit trail is the history. */
export function maklumatStaffRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const history = async (): Promise<HistoryRow[]> =>
    p.db
      .select({ at: auditEvents.occurredAt, who: auditEvents.actorName, action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, "setting"), inArray(auditEvents.subjectId, [MAKLUMAT_KEY, BIAYA_KEY])))
      .orderBy(desc(auditEvents.seq))
      .limit(20);
  const render = async (
    c: Context<AppEnv>,
    opts: { values?: Record<string, string>; errors?: Record<string, string>; biayaValues?: Record<string, string> } = {},
  ) => {
    const [m, biaya, rows] = await Promise.all([getMaklumat(p.db), getBiaya(p.db), history()]);
    const values = opts.values ?? Object.fromEntries(MAKLUMAT_PARTS.map((k) => [k, m[k]]));
    const biayaValues =
      opts.biayaValues ??
      Object.fromEntries(
        biaya.items.flatMap((b, i) => [
          [`item_${i}`, b.item],
          [`satuan_${i}`, b.satuan],
          [`tarif_${i}`, b.tarif === null ? "" : String(b.tarif)],
        ]),
      );
    const errors = opts.errors ?? {};
    return c.render(
      <MaklumatEditPage
        values={values}
        biayaValues={biayaValues}
        errors={errors}
        example={m.example}
        history={rows}
        saved={c.req.query("disimpan")}
      />,
      { title: `${Object.keys(errors).length ? `${t(c.get("lang"), "ui.error_prefix")}: ` : ""}${t(c.get("lang"), "mak.edit")}` },
    );
  };
  const strings = (raw: Record<string, string | string[]>) => Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, formText(v)]));

  r.get("/ppid/kelola/maklumat", async (c) => {
    authorize(c.get("actor"), "maklumat.edit");
    privatePage(c);
    return render(c);
  });

  r.post("/ppid/kelola/maklumat", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "maklumat.edit");
    const values = strings(await readForm(c));
    try {
      await saveMaklumat(p, actor, metaOf(p, c), values);
      return c.redirect(href(c.get("lang"), "/ppid/kelola/maklumat?disimpan=maklumat"), 303);
    } catch (e) {
      return onFormError(c, e, (errors) => render(c, { values, errors }));
    }
  });

  r.post("/ppid/kelola/maklumat/biaya", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "maklumat.edit");
    const values = strings(await readForm(c));
    try {
      await saveBiaya(p, actor, metaOf(p, c), values);
      return c.redirect(href(c.get("lang"), "/ppid/kelola/maklumat?disimpan=biaya"), 303);
    } catch (e) {
      return onFormError(c, e, (errors) => render(c, { biayaValues: values, errors }));
    }
  });

  return r;
}
