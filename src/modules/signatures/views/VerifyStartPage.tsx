import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { MAX_UPLOAD_MB } from "../upload.ts";

export interface StartErrors {
  id?: string;
  berkas?: string;
}

/** The public entry point: what can be checked, a form for a document ID and one for a PDF upload. */
export function VerifyStartPage({ errors = {}, idValue = "" }: { errors?: StartErrors; idValue?: string }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrfToken = c.get("actor")?.csrfToken;
  const list = Object.entries(errors).filter(([, v]) => v) as [string, string][];
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {list.length ? (
          <div class="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 class="govuk-error-summary__title">{t(lang, "verify.error_summary")}</h2>
              <div class="govuk-error-summary__body">
                <ul class="govuk-list govuk-error-summary__list">
                  {list.map(([field, msg]) => (
                    <li>
                      <a href={`#${field}`}>{msg}</a>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </div>
        ) : null}
        <h1 class="govuk-heading-xl">{t(lang, "verify.title")}</h1>
        <p class="govuk-body-l">{t(lang, "verify.lead")}</p>
        <p class="govuk-body">{t(lang, "verify.can_check")}</p>
        <ul class="govuk-list govuk-list--bullet">
          <li>{t(lang, "verify.can.issued")}</li>
          <li>{t(lang, "verify.can.exact")}</li>
          <li>{t(lang, "verify.can.revoked")}</li>
        </ul>

        <h2 class="govuk-heading-m">{t(lang, "verify.by_id.heading")}</h2>
        <form method="get" action={href(lang, "/verifikasi")} novalidate>
          <div class={`govuk-form-group${errors.id ? " govuk-form-group--error" : ""}`}>
            <label class="govuk-label" for="id">
              {t(lang, "verify.by_id.label")}
            </label>
            <div id="id-hint" class="govuk-hint">
              {t(lang, "verify.by_id.hint")}
            </div>
            {errors.id ? (
              <p id="id-error" class="govuk-error-message">
                <span class="govuk-visually-hidden">Error:</span> {errors.id}
              </p>
            ) : null}
            <input
              class={`govuk-input govuk-input--width-20${errors.id ? " govuk-input--error" : ""}`}
              id="id"
              name="id"
              type="text"
              value={idValue}
              spellcheck={false}
              autocomplete="off"
              autocapitalize="none"
              maxlength={40}
              aria-describedby={errors.id ? "id-hint id-error" : "id-hint"}
            />
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary">
            {t(lang, "verify.by_id.button")}
          </button>
        </form>

        <h2 class="govuk-heading-m">{t(lang, "verify.upload.heading")}</h2>
        <form method="post" action={href(lang, "/verifikasi")} enctype="multipart/form-data" novalidate>
          {csrfToken ? <input type="hidden" name="_csrf" value={csrfToken} /> : null}
          <div class={`govuk-form-group${errors.berkas ? " govuk-form-group--error" : ""}`}>
            <label class="govuk-label" for="berkas">
              {t(lang, "verify.upload.label")}
            </label>
            <div id="berkas-hint" class="govuk-hint">
              {t(lang, "verify.upload.hint", { mb: MAX_UPLOAD_MB })}
            </div>
            {errors.berkas ? (
              <p id="berkas-error" class="govuk-error-message">
                <span class="govuk-visually-hidden">Error:</span> {errors.berkas}
              </p>
            ) : null}
            <input
              class={`govuk-file-upload${errors.berkas ? " govuk-file-upload--error" : ""}`}
              id="berkas"
              name="berkas"
              type="file"
              accept="application/pdf,.pdf"
              aria-describedby={errors.berkas ? "berkas-hint berkas-error" : "berkas-hint"}
            />
          </div>
          <button type="submit" class="govuk-button">
            {t(lang, "verify.upload.button")}
          </button>
        </form>
      </div>
    </div>
  );
}
