/** The staff desk of the PPID: the queue, desk intake, and (case-routes) the case page with its actions. */
import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { forbidden, unauthorized, ValidationError } from "../../../platform/http/errors.ts";
import { FragmentCache } from "../../../platform/http/fragment.tsx";
import { privatePage } from "../../../platform/http/render.tsx";
import { t } from "../../../platform/i18n/index.ts";
import { authorize, can } from "../../access/index.ts";
import { listUnitsCached } from "../../organisation/index.ts";
import { todayWib } from "../case.ts";
import { createDeskRequest } from "../commands/deskRequests.ts";
import { caseRoutes } from "./case-routes.tsx";
import { joinDate } from "./forms.ts";
import { metaOf, readSubmitted } from "./http.ts";
import "./messages.ts";
import { loadQueue, queueFilterOf, visibilityOf } from "./queue.ts";
import { IntakeDonePage, IntakeFormPage } from "./views/IntakePages.tsx";
import { QueuePage } from "./views/QueuePage.tsx";

/** The queue page's main part per person's visibility and filter: a busy desk reloads it all day (see loadQueue). */
const queuePages = new FragmentCache(3_000);

export function staffRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  r.get("/ppid/kelola", async (c) => {
    const actor = c.get("actor");
    if (!actor) throw unauthorized();
    const v = visibilityOf(actor);
    if (!v) throw forbidden();
    privatePage(c);
    const filter = queueFilterOf(c.req.query());
    const canIntake = can(actor, "ppid.desk");
    const now = new Date();
    const body = await queuePages.render(c, p, JSON.stringify({ v, filter, canIntake, today: todayWib(now) }), async () => {
      const [queue, all] = await Promise.all([loadQueue(p.db, v, filter, now, { cache: p }), listUnitsCached(p)]);
      const units = all.filter((u) => v.all || v.units.includes(u.id)).map((u) => ({ value: u.id, label: u.name }));
      return <QueuePage queue={queue} filter={filter} units={units} canIntake={canIntake} />;
    });
    return c.render(body, { title: t(c.get("lang"), "ppid.staff.queue.title") });
  });

  r.get("/ppid/kelola/baru", (c) => {
    authorize(c.get("actor"), "ppid.desk");
    privatePage(c);
    return c.render(<IntakeFormPage values={{ channel: "walk_in" }} />, { title: t(c.get("lang"), "ppid.staff.intake.title") });
  });

  r.post("/ppid/kelola/baru", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.desk");
    privatePage(c);
    const { values, files } = await readSubmitted(c);
    const date = joinDate(values["receivedDate-day"], values["receivedDate-month"], values["receivedDate-year"]);
    const anyDatePart = ["day", "month", "year"].some((k) => String(values[`receivedDate-${k}`] ?? "").trim());
    const raw = { ...values, receivedDate: date || (anyDatePart ? "x" : undefined) };
    try {
      const res = await createDeskRequest(p, actor, metaOf(p, c), raw, {
        identity: files.identityDocument?.[0],
        proxyLetter: files.proxyLetter?.[0],
      });
      // The tracking secret is shown once, here, on a page no cache keeps.
      return c.render(
        <IntakeDonePage
          id={res.id}
          number={res.number}
          due={res.due}
          trackingUrl={res.trackingUrl}
          email={(values.email as string) || null}
        />,
        {
          title: t(c.get("lang"), "ppid.staff.intake.done"),
        },
      );
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return c.render(<IntakeFormPage values={values} errors={e.fields} />, {
        title: `Kesalahan: ${t(c.get("lang"), "ppid.staff.intake.title")}`,
      });
    }
  });

  r.route("/", caseRoutes(p));
  return r;
}
