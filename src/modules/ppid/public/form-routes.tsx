import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import type { RateLimiter } from "../../../platform/http/rate-limit.ts";
import { privatePage, publicCache } from "../../../platform/http/render.tsx";
import { href, type Lang, t } from "../../../platform/i18n/index.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { getRequest } from "../queries.ts";
import { FORM_LIMIT, metaOf, overLimit, readUploadForm, secretPage } from "./http.tsx";
import { ConfirmationPage } from "./views/ConfirmationPage.tsx";
import { type FormValues, RequestFormPage } from "./views/RequestFormPage.tsx";
import { MessagePage } from "./views/SmallPages.tsx";
import "./messages.ts";

const title = (lang: Lang) => t(lang, "ppid.public.form.title");

/** GET/POST /ppid/permohonan: the online request form. */
export function formRoutes(p: Platform, limiter: RateLimiter) {
  const r = new Hono<AppEnv>();

  r.get("/ppid/permohonan", (c) => {
    const actor = c.get("actor");
    if (!actor) {
      // Anonymous: the same page for everyone, cacheable, no cookie, no token (Origin check, honeypot and limit protect the POST).
      publicCache(c, 300);
      return c.render(<RequestFormPage />, { title: title(c.get("lang")) });
    }
    privatePage(c);
    const values: FormValues = actor.kind === "citizen" ? { name: actor.name, email: actor.email } : {};
    return c.render(
      <RequestFormPage values={values} csrfToken={actor.csrfToken} signedInAs={actor.kind === "citizen" ? actor.email : null} />,
      { title: title(c.get("lang")) },
    );
  });

  r.post("/ppid/permohonan", async (c) => {
    privatePage(c);
    const over = overLimit(c, limiter, "ppid-form", FORM_LIMIT, p.config.TRUST_PROXY);
    if (over) return over;
    const actor = c.get("actor");
    const citizen = actor?.kind === "citizen" ? actor : null;
    const rerender = (values: FormValues, errors: Record<string, string>) => {
      c.status(400);
      return c.render(
        <RequestFormPage values={values} errors={errors} csrfToken={actor?.csrfToken} signedInAs={citizen?.email ?? null} />,
        { title: `${t(c.get("lang"), "ui.error_prefix")}: ${title(c.get("lang"))}` },
      );
    };
    let form: Awaited<ReturnType<typeof readUploadForm>>;
    try {
      form = await readUploadForm(c);
    } catch (e) {
      if (e instanceof ValidationError) return rerender({}, e.fields);
      throw e;
    }
    const { _csrf, ...values } = form.values;
    // The honeypot: people never see it; a filled one is a robot. Nothing is saved.
    if (typeof values.website === "string" && values.website.trim() !== "") {
      c.status(400);
      const lang = c.get("lang");
      return c.render(
        <MessagePage
          title={t(lang, "ppid.public.refused.title")}
          paragraphs={[t(lang, "ppid.public.refused.text"), t(lang, "ppid.public.refused.retry")]}
          back={{ href: href(lang, "/ppid/permohonan"), text: t(lang, "ppid.public.refused.back") }}
        />,
        { title: t(lang, "ppid.public.refused.title") },
      );
    }
    try {
      const res = await submitRequest(p, actor, metaOf(c, p.config.TRUST_PROXY), {
        channel: "online",
        raw: values,
        identity: form.files.identityDocument,
        proxyLetter: form.files.proxyLetter,
      });
      const req = await getRequest(p.db, res.id);
      // The secret is on this response only: never stored by any cache, never indexed.
      secretPage(c);
      c.status(200);
      return c.render(
        <ConfirmationPage
          number={res.number}
          letterNumber={req?.letterNumber ?? null}
          due={res.due}
          secret={res.secret}
          trackingPath={new URL(res.trackingUrl).pathname}
          emailed={req?.email ?? null}
          signedIn={Boolean(citizen)}
        />,
        { title: t(c.get("lang"), "ppid.public.sent.title") },
      );
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      // The command checks the files after the fields: say at once that the KTP is missing too.
      const errors = { ...e.fields };
      if (!form.files.identityDocument && !errors.identityDocument) {
        errors.identityDocument =
          values.requesterType === "badan_hukum"
            ? "Unggah salinan SK/akta pendirian badan hukum (PDF, JPG, atau PNG)."
            : "Unggah foto atau pindaian KTP (PDF, JPG, atau PNG).";
      }
      return rerender(values, errors);
    }
  });

  return r;
}
