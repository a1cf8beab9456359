import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { formatDate, hasMessage, type Lang, t } from "../../../platform/i18n/index.ts";
import type { VerifiedEntry } from "../../../platform/verification/index.ts";

export interface EntryView {
  entry: VerifiedEntry;
  issuerName: string | null;
}

export function kindLabel(lang: Lang, kind: string): string {
  return hasMessage(`doc.kind.${kind}`) ? t(lang, `doc.kind.${kind}`) : kind;
}

/** Warnings that must be seen first: revoked, or a registry row that no longer matches its signature. */
export function EntryBanners({ entry }: { entry: VerifiedEntry }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const d = entry.document;
  return (
    <>
      {!entry.signatureValid ? (
        <div class="govuk-error-summary" role="alert" data-verify="signature-invalid">
          <h2 class="govuk-error-summary__title">{t(lang, "verify.doc.invalid_banner")}</h2>
          <div class="govuk-error-summary__body">
            <p class="govuk-body">{t(lang, "verify.doc.invalid_body")}</p>
          </div>
        </div>
      ) : null}
      {d.revokedAt ? (
        <div class="govuk-error-summary" role="alert" data-verify="revoked">
          <h2 class="govuk-error-summary__title">{t(lang, "verify.doc.revoked_banner")}</h2>
          <div class="govuk-error-summary__body">
            <p class="govuk-body">
              {t(lang, "verify.doc.revoked_body", {
                date: formatDate(lang, d.revokedAt, { time: true }),
                reason: d.revokedReason ?? "—",
              })}
            </p>
          </div>
        </div>
      ) : null}
    </>
  );
}

function Row({ label, children }: { label: string; children: unknown }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function EntrySummary({ entry, issuerName }: EntryView) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const d = entry.document;
  return (
    <dl class="govuk-summary-list">
      <Row label={t(lang, "verify.doc.id")}>
        <code>{d.id}</code>
      </Row>
      <Row label={t(lang, "verify.doc.kind")}>{kindLabel(lang, d.kind)}</Row>
      <Row label={t(lang, "verify.doc.title")}>{d.title}</Row>
      <Row label={t(lang, "verify.doc.issuer")}>{issuerName ?? t(lang, "verify.doc.issuer_none")}</Row>
      <Row label={t(lang, "verify.doc.issued_at")}>{formatDate(lang, d.issuedAt, { weekday: true, time: true })}</Row>
      <Row label={t(lang, "verify.doc.sha256")}>
        <code class="sp-prewrap">{d.sha256}</code>
      </Row>
      <Row label={t(lang, "verify.doc.signature")}>
        {entry.signatureValid ? (
          <strong class="govuk-tag govuk-tag--green">{t(lang, "verify.doc.signature_valid")}</strong>
        ) : (
          <strong class="govuk-tag govuk-tag--red">{t(lang, "verify.doc.signature_invalid")}</strong>
        )}
      </Row>
      <Row label={t(lang, "verify.doc.key")}>
        <code>{d.keyId}</code>
      </Row>
      <Row label={t(lang, "verify.doc.status")}>
        {d.revokedAt ? (
          <strong class="govuk-tag govuk-tag--red">{t(lang, "verify.doc.status_revoked")}</strong>
        ) : (
          <strong class="govuk-tag govuk-tag--green">{t(lang, "verify.doc.status_valid")}</strong>
        )}
      </Row>
    </dl>
  );
}
