import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { formatDate, href, t } from "../../../platform/i18n/index.ts";
import { Breadcrumbs } from "../../../platform/ui/components/index.ts";
import type { Unit } from "../queries.ts";

type History = { id: string; changedAt: Date; change: string; reason: string | null }[];
type Village = { code: string; name: string; level: string }[];

const FIELDS: { key: keyof Unit; label: string }[] = [
  { key: "headName", label: "opd.field.head" },
  { key: "address", label: "opd.field.address" },
  { key: "phone", label: "opd.field.phone" },
  { key: "email", label: "opd.field.email" },
  { key: "website", label: "opd.field.website" },
  { key: "ppidContact", label: "opd.field.ppid" },
  { key: "tasks", label: "opd.field.tasks" },
];

export function UnitPage({ unit, region, history, villages }: { unit: Unit; region: string | null; history: History; villages: Village }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const examples = new Set(unit.exampleFields);
  return (
    <>
      <Breadcrumbs
        items={[
          { text: t(lang, "nav.home"), href: href(lang, "/") },
          { text: t(lang, "opd.title"), href: href(lang, "/opd") },
        ]}
        lang={lang}
      />
      <span class="govuk-caption-l">{t(lang, `opd.kind.${unit.kind}`)}</span>
      <h1 class="govuk-heading-xl">{unit.name}</h1>
      {unit.status === "retired" && unit.retiredAt ? (
        <div class="govuk-notification-banner" role="region" aria-labelledby="retired-title">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="retired-title">
              {t(lang, "opd.retired")}
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{t(lang, "opd.retired_banner", { date: formatDate(lang, unit.retiredAt) })}</p>
          </div>
        </div>
      ) : null}
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t(lang, "opd.field.code")}</dt>
          <dd class="govuk-summary-list__value">{unit.code}</dd>
        </div>
        {region ? (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t(lang, "opd.field.region")}</dt>
            <dd class="govuk-summary-list__value">
              {region} ({unit.regionCode})
            </dd>
          </div>
        ) : null}
        {FIELDS.map((f) => {
          const v = unit[f.key] as string | null;
          return (
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{t(lang, f.label)}</dt>
              <dd class="govuk-summary-list__value">
                {v ? (
                  <>
                    <span class="sp-prewrap">{v}</span>
                    {examples.has(f.key) ? (
                      <>
                        {" "}
                        <strong class="govuk-tag govuk-tag--yellow">{t(lang, "opd.example")}</strong>
                      </>
                    ) : null}
                  </>
                ) : (
                  <span class="sp-muted">{t(lang, "opd.unknown")}</span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {examples.size ? <p class="govuk-body-s">{t(lang, "opd.example_note")}</p> : null}
      {villages.length ? (
        <section>
          <h2 class="govuk-heading-m">{t(lang, "opd.villages")}</h2>
          <ul class="govuk-list sp-columns">
            {villages.map((v) => (
              <li>
                {v.name} <span class="sp-muted">({v.level})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {history.length ? (
        <section>
          <h2 class="govuk-heading-m">{t(lang, "opd.history")}</h2>
          <ul class="govuk-list">
            {history.map((h) => (
              <li>
                {formatDate(lang, h.changedAt)}: {t(lang, `opd.history.${h.change}`)}
                {h.reason ? ` — ${h.reason}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="govuk-body-s sp-muted">
        {t(lang, "opd.source")}: {unit.source ?? "—"}
      </p>
    </>
  );
}
