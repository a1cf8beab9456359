import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { CONTACT } from "./contact.ts";

/**
 * A service in the navigation whose module is not built yet: says so plainly
 * and tells the citizen how to reach the PPID desk meanwhile (UU 14/2008 lets
 * anyone ask in writing, by email or in person).
 */
export function ComingSoonPage({ titleKey }: { titleKey: string }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{t(lang, titleKey)}</h1>
        <p class="govuk-body-l">{t(lang, "coming.body")}</p>
        <h2 class="govuk-heading-m">{t(lang, "coming.meanwhile")}</h2>
        <p class="govuk-body">{t(lang, "coming.contact")}</p>
        <ul class="govuk-list govuk-list--bullet">
          <li>
            {t(lang, "coming.email")}:{" "}
            <a class="govuk-link" href={`mailto:${CONTACT.email}`}>
              {CONTACT.email}
            </a>
          </li>
          <li>
            {t(lang, "coming.visit")}: {CONTACT.street}, {CONTACT.region}
          </li>
        </ul>
        <p class="govuk-body">
          <a class="govuk-link" href={href(lang, "/")}>
            {t(lang, "error.back_home")}
          </a>
        </p>
      </div>
    </div>
  );
}
