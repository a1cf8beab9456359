import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import type { VerifiedEntry } from "../../../platform/verification/index.ts";
import { EntryBanners, EntrySummary } from "./EntrySummary.tsx";

/** The answer to an uploaded PDF: an exact match (with the entry), or a clear warning. */
export function CheckResultPage({ sha256, match, issuerName }: { sha256: string; match: VerifiedEntry | null; issuerName: string | null }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{t(lang, "verify.result.title")}</h1>
        {match ? (
          <>
            <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-verify="match">
              <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title">{t(lang, "verify.result.match")}</h2>
              </div>
              <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{t(lang, "verify.result.match_body")}</p>
              </div>
            </div>
            <EntryBanners entry={match} />
            <EntrySummary entry={match} issuerName={issuerName} />
            <p class="govuk-body">
              <a class="govuk-link" href={href(lang, `/verifikasi/${match.document.id}`)}>
                {match.document.title}
              </a>
            </p>
          </>
        ) : (
          <>
            <div class="govuk-error-summary" role="alert" data-verify="no-match">
              <h2 class="govuk-error-summary__title">{t(lang, "verify.result.nomatch")}</h2>
              <div class="govuk-error-summary__body">
                <p class="govuk-body">{t(lang, "verify.result.nomatch_body")}</p>
              </div>
            </div>
            <p class="govuk-body">{t(lang, "verify.result.nomatch_hint")}</p>
          </>
        )}
        <p class="govuk-body-s">
          {t(lang, "verify.result.uploaded_sha")}: <code class="sp-prewrap">{sha256}</code>
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={href(lang, "/verifikasi")}>
            {t(lang, "verify.result.again")}
          </a>
        </p>
      </div>
    </div>
  );
}
