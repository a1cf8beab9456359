import type { Child } from "hono/jsx";
import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, type Lang, t } from "../../../platform/i18n/index.ts";
import { assetUrl } from "../../../platform/ui/assets.ts";
import { CONTACT } from "./contact.ts";

export interface PageProps {
  title: string;
  children?: Child;
  /** Extra description for search engines and link previews. */
  description?: string;
}

/** The main navigation: the modules of the portal, built or coming. */
const NAV: { key: string; path: string }[] = [
  { key: "nav.home", path: "/" },
  { key: "nav.ppid", path: "/ppid" },
  { key: "nav.news", path: "/berita" },
  { key: "nav.opd", path: "/opd" },
  { key: "nav.archive", path: "/arsip" },
  { key: "nav.data", path: "/data" },
  { key: "nav.verify", path: "/verifikasi" },
];

function active(current: string, path: string): boolean {
  return path === "/" ? current === "/" : current === path || current.startsWith(`${path}/`);
}

/**
 * The portal shell: skip link, Pemkab identity, navigation, language switch, footer.
 * No script: the navigation scrolls sideways on a narrow phone and wraps from tablet width.
 */
export function Layout({ title, children, description }: PageProps) {
  const c = useRequestContext<AppEnv>();
  const lang: Lang = c.get("lang") ?? "id";
  const actor = c.get("actor");
  const path = c.req.path;
  const search = new URL(c.req.url).search;
  const other: Lang = lang === "id" ? "en" : "id";
  const isStaff = actor?.kind === "staff";
  const isHome = path === "/";
  return (
    <html lang={lang} class="govuk-template">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
          {title ? `${title} — ${t(lang, "site.name")} ${t(lang, "site.owner")}` : `${t(lang, "site.name")} ${t(lang, "site.owner")}`}
        </title>
        <meta name="description" content={description ?? t(lang, "site.tagline")} />
        <meta name="theme-color" content="#0b3d91" />
        <link rel="icon" href={assetUrl("favicon.svg")} type="image/svg+xml" />
        <link rel="stylesheet" href={assetUrl("build/app.css")} />
      </head>
      <body class="govuk-template__body">
        <a href="#konten" class="govuk-skip-link">
          {t(lang, "nav.skip")}
        </a>
        <header class="sp-header">
          <div class="govuk-width-container sp-header__inner">
            <a href={href(lang, "/")} class="sp-header__brand">
              <img src={assetUrl("logo.svg")} alt="" width="40" height="48" class="sp-header__logo" />
              <span>
                <span class="sp-header__owner">{t(lang, "site.owner")}</span>
                <span class="sp-header__service">{t(lang, "site.name")}</span>
              </span>
            </a>
            <ul class="sp-header__tools">
              <li>
                <a href={href(other, path) + search} hreflang={other} lang={other} class="sp-header__link">
                  {other === "en" ? "English" : "Bahasa Indonesia"}
                </a>
              </li>
              {actor ? (
                <>
                  {isStaff ? (
                    <li>
                      <a href={href(lang, "/admin")} class="sp-header__link">
                        {t(lang, "nav.admin")}
                      </a>
                    </li>
                  ) : null}
                  <li>
                    <a href={href(lang, "/akun")} class="sp-header__link">
                      {t(lang, "nav.account")}
                    </a>
                  </li>
                  <li>
                    <form method="post" action={href(lang, "/keluar")} class="sp-header__form">
                      <input type="hidden" name="_csrf" value={actor.csrfToken} />
                      <button type="submit" class="sp-header__button">
                        {t(lang, "nav.signout")}
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <li>
                  <a href={href(lang, "/masuk")} class="sp-header__link">
                    {t(lang, "nav.signin")}
                  </a>
                </li>
              )}
            </ul>
          </div>
          <nav class="sp-nav" aria-label={t(lang, "nav.main")}>
            <ul class="govuk-width-container sp-nav__list">
              {NAV.map((n) => (
                <li class={`sp-nav__item${active(path, n.path) ? " sp-nav__item--active" : ""}`}>
                  <a href={href(lang, n.path)} class="sp-nav__link" aria-current={active(path, n.path) ? "page" : undefined}>
                    {t(lang, n.key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <div class="govuk-width-container">
          <main class={`govuk-main-wrapper${isHome ? " sp-main--flush" : ""}`} id="konten">
            {children}
          </main>
        </div>
        <footer class="sp-footer">
          <div class="govuk-width-container">
            <div class="sp-footer__grid">
              <div>
                <p class="sp-footer__identity">
                  <img src={assetUrl("logo.svg")} alt="" width="30" height="36" />
                  {t(lang, "site.owner")}
                </p>
                <h2 class="sp-footer__heading">{t(lang, "footer.contact")}</h2>
                <address class="sp-footer__address">
                  {t(lang, "footer.address")}
                  <br />
                  {CONTACT.street}, {CONTACT.region}
                  <br />
                  {t(lang, "footer.email")}: <a href={`mailto:${CONTACT.email}`}>{CONTACT.email}</a>
                </address>
              </div>
              <div>
                <h2 class="sp-footer__heading">{t(lang, "footer.links")}</h2>
                <ul class="sp-footer__links">
                  <li>
                    <a href={href(lang, "/ppid/maklumat")}>{t(lang, "footer.maklumat")}</a>
                  </li>
                  <li>
                    <a href={href(lang, "/ppid/standar-layanan")}>{t(lang, "footer.standar")}</a>
                  </li>
                  <li>
                    <a href={href(lang, "/kalender/tenggat")}>{t(lang, "footer.deadline")}</a>
                  </li>
                  <li>
                    <a href={href(lang, "/opd")}>{t(lang, "nav.opd")}</a>
                  </li>
                  <li>
                    <a href={href(lang, "/verifikasi")}>{t(lang, "nav.verify")}</a>
                  </li>
                </ul>
              </div>
            </div>
            <p class="sp-footer__meta">
              © {t(lang, "site.owner")} · {t(lang, "site.name")} · {t(lang, "footer.licence")}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
