import { useRequestContext } from "hono/jsx-renderer";
import type { auditEvents } from "../../../platform/audit/schema.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Breadcrumbs, SummaryList } from "../../../platform/ui/components/index.ts";
import { wibTime } from "./format.ts";

type Event = typeof auditEvents.$inferSelect;

/** JSON shown as text (escaped by JSX), indented. */
function Json({ value }: { value: unknown }) {
  return (
    <pre class="sp-code" tabindex={0}>
      <code>{JSON.stringify(value, null, 2)}</code>
    </pre>
  );
}

export function AuditEventPage({ e, unitName }: { e: Event; unitName: string | null }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const none = t(lang, "audit.empty_value");
  const v = (x: string | null | undefined) => (x ? x : none);
  return (
    <>
      <Breadcrumbs items={[{ text: t(lang, "audit.title"), href: href(lang, "/audit") }]} lang={lang} />
      <h1 class="govuk-heading-l">{t(lang, "audit.detail.title", { seq: e.seq })}</h1>
      <SummaryList
        rows={[
          { key: t(lang, "audit.col.time"), value: wibTime(e.occurredAt) },
          { key: t(lang, "audit.col.actor"), value: `${e.actorName}${e.actorId ? ` (${e.actorId})` : ""}` },
          { key: t(lang, "audit.col.role"), value: v(e.actorRole) },
          { key: t(lang, "audit.col.unit"), value: unitName ?? v(e.unitId) },
          { key: t(lang, "audit.col.action"), value: <code>{e.action}</code> },
          { key: t(lang, "audit.col.subject"), value: `${e.subjectType}${e.subjectId ? `:${e.subjectId}` : ""}` },
          { key: t(lang, "audit.col.ip"), value: v(e.ip) },
          { key: t(lang, "audit.col.user_agent"), value: v(e.userAgent) },
          { key: t(lang, "audit.col.request"), value: v(e.requestId) },
          { key: t(lang, "audit.col.prev_hash"), value: <code class="sp-hash">{e.prevHash}</code> },
          { key: t(lang, "audit.col.hash"), value: <code class="sp-hash">{e.hash}</code> },
        ]}
      />
      <h2 class="govuk-heading-m">{t(lang, "audit.col.before")}</h2>
      {e.before === null ? <p class="govuk-body">{none}</p> : <Json value={e.before} />}
      <h2 class="govuk-heading-m">{t(lang, "audit.col.after")}</h2>
      {e.after === null ? <p class="govuk-body">{none}</p> : <Json value={e.after} />}
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/audit")}>
          {t(lang, "audit.detail.back")}
        </a>
      </p>
    </>
  );
}
