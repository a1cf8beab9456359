import { useRequestContext } from "hono/jsx-renderer";
import type { Checkpoint } from "../../../platform/audit/checkpoint.ts";
import type { VerifyResult } from "../../../platform/audit/verify.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Breadcrumbs, NotificationBanner, SummaryList } from "../../../platform/ui/components/index.ts";
import { wibTime } from "./format.ts";

export function AuditVerifyPage({ result, latest }: { result: VerifyResult; latest: Checkpoint | null }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <Breadcrumbs items={[{ text: t(lang, "audit.title"), href: href(lang, "/audit") }]} lang={lang} />
      <h1 class="govuk-heading-l">{t(lang, "audit.verify.title")}</h1>
      <p class="govuk-body">{t(lang, "audit.verify.intro")}</p>
      {result.ok ? (
        <NotificationBanner type="success" heading={t(lang, "audit.verify.ok")} lang={lang}>
          <p class="govuk-body" data-verify="ok">
            {t(lang, "audit.verify.ok_detail", {
              checked: result.checked,
              head: result.headSeq,
              checkpoints: result.checkpointsChecked,
              exports: result.exportsChecked,
            })}
          </p>
        </NotificationBanner>
      ) : (
        <div class="govuk-error-summary" role="alert" tabindex={-1} data-verify="broken">
          <h2 class="govuk-error-summary__title">{t(lang, "audit.verify.broken")}</h2>
          <div class="govuk-error-summary__body">
            <p class="govuk-body">{t(lang, "audit.verify.broken_at", { seq: result.brokenAt ?? 0 })}</p>
            <p class="govuk-body">{t(lang, `audit.problem.${result.code}`)}</p>
            <p class="govuk-body">
              <code>{result.problem}</code>
            </p>
            {result.evidence ? <p class="govuk-body">{t(lang, "audit.verify.evidence", { evidence: result.evidence })}</p> : null}
          </div>
        </div>
      )}
      <h2 class="govuk-heading-m">{t(lang, "audit.verify.latest")}</h2>
      {latest ? (
        <SummaryList
          rows={[
            { key: t(lang, "audit.col.seq"), value: String(latest.seq) },
            { key: t(lang, "audit.col.time"), value: wibTime(latest.signedAt) },
            { key: t(lang, "audit.col.hash"), value: <code class="sp-hash">{latest.hash}</code> },
            { key: t(lang, "audit.verify.key_id"), value: <code>{latest.keyId}</code> },
            ...(latest.exportedFile ? [{ key: t(lang, "audit.verify.file"), value: <code>{latest.exportedFile}</code> }] : []),
          ]}
        />
      ) : (
        <p class="govuk-body">{t(lang, "audit.verify.no_checkpoint")}</p>
      )}
      <p class="govuk-body">{t(lang, "audit.verify.schedule")}</p>
    </>
  );
}
