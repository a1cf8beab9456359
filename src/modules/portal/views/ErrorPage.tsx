import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";

/** 404, 403, 500 and other error pages, in the request's language (Bahasa Indonesia first). */
export function ErrorPage({ status, message }: { status: number; message?: string }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang") ?? "id";
  const titleKey =
    status === 404 ? "error.404.title" : status === 403 ? "error.403.title" : status >= 500 ? "error.500.title" : "error.generic.title";
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <span class="govuk-caption-m">
          {t(lang, "error.title_prefix")} {status}
        </span>
        <h1 class="govuk-heading-l">{t(lang, titleKey)}</h1>
        {status === 404 ? <p class="govuk-body">{t(lang, "error.404.body")}</p> : null}
        {status === 403 ? <p class="govuk-body">{message || t(lang, "error.403.body")}</p> : null}
        {status >= 500 ? (
          <p class="govuk-body">
            {t(lang, "error.500.body")} <code>{c.get("requestId")}</code>
          </p>
        ) : null}
        {status !== 404 && status !== 403 && status < 500 && message ? <p class="govuk-body">{message}</p> : null}
        <ul class="govuk-list">
          <li>
            <a href={href(lang, "/")} class="govuk-link">
              {t(lang, "error.back_home")}
            </a>
          </li>
          {status === 404 ? (
            <li>
              <a href={href(lang, "/opd")} class="govuk-link">
                {t(lang, "home.search.label")}
              </a>
            </li>
          ) : null}
        </ul>
      </div>
    </div>
  );
}
