import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Platform } from "../../platform/context.ts";
import type { Actor } from "../../platform/http/actor.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { notFound } from "../../platform/http/errors.ts";
import { privatePage } from "../../platform/http/render.tsx";
import { formText, readForm } from "../../platform/http/validation.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { authorize, can } from "../access/index.ts";
import { approveExemption, proposeExemption, returnExemption, revokeExemption } from "./commands/exemptions.ts";
import { getDik, staffDik } from "./queries.ts";
import { managedUnitIds, metaOf, onFormError, unitChoices } from "./staff.ts";
import { civilDateOf } from "./validation.ts";
import { type DecisionForm, DikDetailPage, type DikForm, DikFormPage, StaffDikList } from "./views/StaffDikPages.tsx";

const TEXT_FIELDS = [
  "unitId",
  "informasi",
  "pasal17",
  "dasarHukumSektoral",
  "konsekuensi",
  "pertimbanganKepentinganPublik",
  "keputusan",
  "jangkaWaktu",
  "dilakukan",
  "dokumen",
  "yangDikecualikan",
  "analisisDasarHukum",
  "kesimpulan",
  "tim",
] as const;
const DATE_FIELDS = ["expires-day", "expires-month", "expires-year", "uji-day", "uji-month", "uji-year"] as const;

const formOf = (v: Record<string, unknown>): DikForm =>
  Object.fromEntries([...TEXT_FIELDS, ...DATE_FIELDS].map((k) => [k, formText(v[k])])) as unknown as DikForm;

const inputOf = (f: DikForm) => ({
  ...f,
  expiresOn: civilDateOf(f["expires-day"], f["expires-month"], f["expires-year"]),
  tanggalUji: civilDateOf(f["uji-day"], f["uji-month"], f["uji-year"]),
});

const dateParts = (prefix: string, d: string | null) => {
  const [y, m, day] = (d ?? "--").split("-");
  return {
    [`${prefix}-day`]: day ? String(Number(day)) : "",
    [`${prefix}-month`]: m ? String(Number(m)) : "",
    [`${prefix}-year`]: y ?? "",
  };
};

const SCOPE_ROLES = ["ppid_pelaksana", "tim_pertimbangan"] as const;

/** Whether the person may see the DIK staff pages at all: proposes for some OPD, or decides. */
function authorizeAny(actor: Actor | null): asserts actor is Actor {
  if (can(actor, "dik.decide")) return;
  authorize(actor, "dik.propose");
}

/** /ppid/kelola/dik: proposals with their uji konsekuensi, the PPID Utama's decision, revocation. */
export function dikStaffRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const uuid = z.uuid();
  const load = async (actor: Actor, id: string) => {
    const row = uuid.safeParse(id).success ? await getDik(p.db, id) : null;
    if (!row) throw notFound();
    if (!can(actor, "dik.decide")) authorize(actor, "dik.propose", { unitId: row.unitId });
    return row;
  };
  const title = (c: Context<AppEnv>, key: string, error = false) =>
    `${error ? `${t(c.get("lang"), "ui.error_prefix")}: ` : ""}${t(c.get("lang"), key)}`;
  const units = (actor: Actor) => unitChoices(p, managedUnitIds(actor, [...SCOPE_ROLES]));
  const detail = async (c: Context<AppEnv>, actor: Actor, id: string, errors: Record<string, string> = {}, decision?: DecisionForm) => {
    const row = await load(actor, id);
    return c.render(<DikDetailPage d={row} errors={errors} decision={decision} saved={c.req.query("disimpan") === "1"} />, {
      title: `${Object.keys(errors).length ? `${t(c.get("lang"), "ui.error_prefix")}: ` : ""}${row.nomor}`,
    });
  };

  r.get("/ppid/kelola/dik", async (c) => {
    const actor = c.get("actor");
    authorizeAny(actor);
    privatePage(c);
    const scope = can(actor, "dik.decide") ? null : managedUnitIds(actor, [...SCOPE_ROLES]);
    const rows = await staffDik(p.db, scope);
    return c.render(<StaffDikList rows={rows} canPropose={can(actor, "dik.propose")} />, { title: title(c, "dikk.title") });
  });

  r.get("/ppid/kelola/dik/baru", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dik.propose");
    privatePage(c);
    const choices = await units(actor);
    return c.render(<DikFormPage form={formOf({ unitId: choices.length === 1 ? choices[0].value : "" })} units={choices} />, {
      title: title(c, "dikk.add"),
    });
  });

  r.post("/ppid/kelola/dik/baru", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dik.propose");
    const form = formOf(await readForm(c));
    try {
      const row = await proposeExemption(p, actor, metaOf(p, c), inputOf(form));
      return c.redirect(href(c.get("lang"), `/ppid/kelola/dik/${row.id}?disimpan=1`), 303);
    } catch (e) {
      const choices = await units(actor);
      return onFormError(c, e, (errors) =>
        c.render(<DikFormPage form={form} units={choices} errors={errors} />, { title: title(c, "dikk.add", true) }),
      );
    }
  });

  r.get("/ppid/kelola/dik/:id", async (c) => {
    const actor = c.get("actor");
    authorizeAny(actor);
    privatePage(c);
    return detail(c, actor, c.req.param("id"));
  });

  r.get("/ppid/kelola/dik/:id/ubah", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dik.propose");
    privatePage(c);
    const d = await load(actor, c.req.param("id"));
    const uji = d.uji.at(-1);
    const form = formOf({
      ...d,
      dasarHukumSektoral: d.dasarHukumSektoral ?? "",
      ...(uji ?? {}),
      ...dateParts("expires", d.expiresOn),
      ...dateParts("uji", uji?.tanggal ?? null),
    });
    return c.render(<DikFormPage item={d} form={form} units={await units(actor)} />, { title: title(c, "dikk.edit") });
  });

  r.post("/ppid/kelola/dik/:id/ubah", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dik.propose");
    const d = await load(actor, c.req.param("id"));
    const form = formOf(await readForm(c));
    try {
      await proposeExemption(p, actor, metaOf(p, c), inputOf(form), d.id);
      return c.redirect(href(c.get("lang"), `/ppid/kelola/dik/${d.id}?disimpan=1`), 303);
    } catch (e) {
      const choices = await units(actor);
      return onFormError(c, e, (errors) =>
        c.render(<DikFormPage item={d} form={form} units={choices} errors={errors} />, { title: title(c, "dikk.edit", true) }),
      );
    }
  });

  const decide = (path: string, run: (c: Context<AppEnv>, actor: Actor, id: string, values: Record<string, string>) => Promise<unknown>) =>
    r.post(`/ppid/kelola/dik/:id/${path}`, async (c) => {
      const actor = c.get("actor");
      authorize(actor, "dik.decide");
      const id = c.req.param("id");
      await load(actor, id);
      const raw = await readForm(c);
      const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, formText(v)]));
      try {
        await run(c, actor, id, values);
        return c.redirect(href(c.get("lang"), `/ppid/kelola/dik/${id}?disimpan=1`), 303);
      } catch (e) {
        return onFormError(c, e, (errors) => detail(c, actor, id, errors, values as DecisionForm));
      }
    });

  decide("tetapkan", (c, actor, id, v) =>
    approveExemption(p, actor, metaOf(p, c), id, {
      ...v,
      tanggalPenetapan: civilDateOf(v["penetapan-day"] ?? "", v["penetapan-month"] ?? "", v["penetapan-year"] ?? ""),
    }),
  );
  decide("kembalikan", (c, actor, id, v) => returnExemption(p, actor, metaOf(p, c), id, { note: v.note }));
  decide("cabut", (c, actor, id, v) => revokeExemption(p, actor, metaOf(p, c), id, { reason: v.reason }));
  return r;
}
