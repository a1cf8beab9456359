import { type Context, Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { formText, readForm } from "../../../platform/http/validation.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { authorize } from "../../access/index.ts";
import { loadLaw } from "../law.ts";
import { formOfLaw, LAW_KEYS } from "./fields.ts";
import { LawPage } from "./LawPage.tsx";
import { saveLaw } from "./saveLaw.ts";

const TITLE = { id: "Data hukum layanan informasi", en: "Law data of the information service" };

/** GET/POST /ppid/kelola/hukum: the law data (durations, thresholds) with their legal basis; changes audited and clocks recomputed. */
export function lawAdminRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  r.get("/ppid/kelola/hukum", async (c) => {
    authorize(c.get("actor"), "ppid.law.manage");
    privatePage(c);
    const lang = c.get("lang");
    const current = await loadLaw(p.db);
    return c.render(
      <LawPage
        current={current}
        form={formOfLaw(current)}
        saved={c.req.query("disimpan") === "1"}
        recompute={c.req.query("hitung") === "1"}
      />,
      { title: TITLE[lang] },
    );
  });

  r.post("/ppid/kelola/hukum", async (c: Context<AppEnv>) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.law.manage");
    const lang = c.get("lang");
    const values = await readForm(c);
    try {
      const done = await saveLaw(p, actor, requestMeta(c, p.config.TRUST_PROXY), values);
      return c.redirect(href(lang, `/ppid/kelola/hukum?disimpan=1${done.recompute ? "&hitung=1" : ""}`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      privatePage(c);
      const form: Record<string, string> = {};
      for (const k of [...LAW_KEYS, "reason", "confirmDeparture"]) form[k] = formText(values[k]);
      return c.render(<LawPage current={await loadLaw(p.db)} form={form} errors={e.fields} />, {
        title: `${t(lang, "ui.error_prefix")}: ${TITLE[lang]}`,
      });
    }
  });

  return r;
}
