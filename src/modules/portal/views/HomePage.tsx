import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Button } from "../../../platform/ui/components/index.ts";
import { CONTACT } from "./contact.ts";

/** Entry points to the portal's modules (some are still being built; these are navigation only). */
const ENTRIES: { key: string; text: string; path: string }[] = [
  { key: "nav.ppid", text: "home.card.ppid", path: "/ppid" },
  { key: "nav.news", text: "home.card.news", path: "/berita" },
  { key: "nav.opd", text: "home.card.opd", path: "/opd" },
  { key: "nav.archive", text: "home.card.archive", path: "/arsip" },
  { key: "nav.data", text: "home.card.data", path: "/data" },
  { key: "nav.verify", text: "home.card.verify", path: "/verifikasi" },
];

/** The home page: who runs the portal, what it offers, a search of government units, and contact. */
export function HomePage() {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  return (
    <>
      <section class="sp-hero" aria-labelledby="sp-home-title">
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <span class="sp-hero__caption">{t(lang, "home.caption")}</span>
            <h1 class="govuk-heading-xl" id="sp-home-title">
              {t(lang, "home.heading")}
            </h1>
            <p class="govuk-body-l">{t(lang, "home.intro")}</p>
            <form method="get" action={href(lang, "/opd")} role="search" class="sp-search" novalidate>
              <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for="home-q">
                  {t(lang, "home.search.label")}
                </label>
                <div id="home-q-hint" class="govuk-hint">
                  {t(lang, "home.search.hint")}
                </div>
                <div class="sp-search__row">
                  <input
                    class="govuk-input sp-search__input"
                    id="home-q"
                    name="q"
                    type="search"
                    aria-describedby="home-q-hint"
                    autocomplete="off"
                  />
                  <Button variant="inverse" class="sp-search__button">
                    {t(lang, "home.search.button")}
                  </Button>
                </div>
              </div>
            </form>
          </div>
        </div>
      </section>

      <h2 class="govuk-heading-l">{t(lang, "home.services")}</h2>
      <ul class="sp-cards">
        {ENTRIES.map((e) => (
          <li class="sp-card">
            <h3 class="sp-card__title">
              <a class="govuk-link sp-card__link" href={href(lang, e.path)}>
                {t(lang, e.key)}
              </a>
            </h3>
            <p class="sp-card__text">{t(lang, e.text)}</p>
          </li>
        ))}
      </ul>

      <div class="govuk-grid-row">
        <section class="govuk-grid-column-one-half" aria-labelledby="sp-home-maklumat">
          <h2 class="govuk-heading-m" id="sp-home-maklumat">
            {t(lang, "home.maklumat")}
          </h2>
          <p class="govuk-body">{t(lang, "home.maklumat.body")}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={href(lang, "/ppid/maklumat")}>
              {t(lang, "home.maklumat.link")}
            </a>
          </p>
        </section>
        <section class="govuk-grid-column-one-half" aria-labelledby="sp-home-contact">
          <div class="sp-contact">
            <h2 class="govuk-heading-m" id="sp-home-contact">
              {t(lang, "home.contact")}
            </h2>
            <p class="govuk-body govuk-!-margin-bottom-0">
              {t(lang, "footer.address")}
              <br />
              {CONTACT.street}, {CONTACT.region}
              <br />
              {t(lang, "footer.email")}:{" "}
              <a class="govuk-link" href={`mailto:${CONTACT.email}`}>
                {CONTACT.email}
              </a>
            </p>
          </div>
        </section>
      </div>
    </>
  );
}
