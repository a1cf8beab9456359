import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";

export function HomePage() {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  return (
    <>
      <h1 class="govuk-heading-xl">{t(lang, "site.owner")}</h1>
      <p class="govuk-body-l">{t(lang, "site.tagline")}</p>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={href(lang, "/opd")}>
            {t(lang, "nav.opd")}
          </a>
        </li>
        <li>
          <a class="govuk-link" href={href(lang, "/verifikasi")}>
            {t(lang, "nav.verify")}
          </a>
        </li>
      </ul>
    </>
  );
}
