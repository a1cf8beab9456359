import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { EntryBanners, EntrySummary, type EntryView, kindLabel } from "./EntrySummary.tsx";

/** /verifikasi/{id}: the registry entry, its signature check and the registered file. */
export function DocumentPage({ entry, issuerName, fileAvailable }: EntryView & { fileAvailable: boolean }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const d = entry.document;
  const api = `/api/v1/verification/${d.id}`;
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
          <ol class="govuk-breadcrumbs__list">
            <li class="govuk-breadcrumbs__list-item">
              <a class="govuk-breadcrumbs__link" href={href(lang, "/")}>
                {t(lang, "nav.home")}
              </a>
            </li>
            <li class="govuk-breadcrumbs__list-item">
              <a class="govuk-breadcrumbs__link" href={href(lang, "/verifikasi")}>
                {t(lang, "verify.title")}
              </a>
            </li>
          </ol>
        </nav>
        <span class="govuk-caption-l">
          {t(lang, "verify.doc.caption")} · {kindLabel(lang, d.kind)}
        </span>
        <h1 class="govuk-heading-l">{d.title}</h1>
        <EntryBanners entry={entry} />
        <EntrySummary entry={entry} issuerName={issuerName} />
        {fileAvailable ? (
          <p class="govuk-body">
            <a class="govuk-link" href={href(lang, `/verifikasi/${d.id}/berkas`)} download={`dokumen-${d.id}.pdf`}>
              {t(lang, "verify.doc.download")}
            </a>
          </p>
        ) : (
          <p class="govuk-body">{t(lang, "verify.doc.file_missing")}</p>
        )}
        <p class="govuk-body">
          <a class="govuk-link" href={href(lang, "/verifikasi")}>
            {t(lang, "verify.doc.compare")}
          </a>
        </p>
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">{t(lang, "verify.doc.technical")}</span>
          </summary>
          <div class="govuk-details__text">
            <p class="govuk-body-s">{t(lang, "verify.doc.technical_body", { api })}</p>
            <pre class="sp-prewrap govuk-body-s">{entry.signedPayload}</pre>
            <p class="govuk-body-s">Ed25519 (base64):</p>
            <pre class="sp-prewrap govuk-body-s">{d.signature}</pre>
            {entry.publicKeyPem ? <pre class="sp-prewrap govuk-body-s">{entry.publicKeyPem}</pre> : null}
          </div>
        </details>
      </div>
    </div>
  );
}
