import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Button, ErrorSummary, Pagination, Select, Table, TextInput } from "../../../platform/ui/components/index.ts";
import { type AuditRow, FILTER_KEYS, PER_PAGE } from "../queries.ts";
import { wibTime } from "./format.ts";

export interface AuditListProps {
  rows: AuditRow[];
  total: number;
  page: number;
  /** What was typed (kept on error). */
  values: Record<string, string>;
  errors: Record<string, string>;
  unitChoices: { id: string; name: string }[];
  canExport: boolean;
}

/** The query string of the current filters (without the page). */
export function filterQuery(values: Record<string, string>, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (values[k]) q.set(k, values[k]);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function AuditListPage({ rows, total, page, values, errors, unitChoices, canExport }: AuditListProps) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const err = (k: string) => (errors[k] ? t(lang, errors[k]) : undefined);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const translated = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, t(lang, v)]));
  return (
    <>
      <ErrorSummary errors={translated} lang={lang} />
      <h1 class="govuk-heading-xl">{t(lang, "audit.title")}</h1>
      <p class="govuk-body">{t(lang, "audit.intro")}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/audit/verifikasi")}>
          {t(lang, "audit.verify.link")}
        </a>
      </p>
      <form method="get" action={href(lang, "/audit")} novalidate>
        <h2 class="govuk-heading-m">{t(lang, "audit.filter.title")}</h2>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <TextInput
              name="dari"
              label={t(lang, "audit.filter.from")}
              hint={t(lang, "audit.filter.date_hint")}
              value={values.dari}
              error={err("dari")}
              width={10}
              lang={lang}
            />
          </div>
          <div class="govuk-grid-column-one-half">
            <TextInput
              name="sampai"
              label={t(lang, "audit.filter.to")}
              hint={t(lang, "audit.filter.date_hint")}
              value={values.sampai}
              error={err("sampai")}
              width={10}
              lang={lang}
            />
          </div>
        </div>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <TextInput
              name="aksi"
              label={t(lang, "audit.filter.action")}
              hint={t(lang, "audit.filter.action_hint")}
              value={values.aksi}
              error={err("aksi")}
              lang={lang}
            />
          </div>
          <div class="govuk-grid-column-one-half">
            <TextInput
              name="pelaku"
              label={t(lang, "audit.filter.actor")}
              hint={t(lang, "audit.filter.actor_hint")}
              value={values.pelaku}
              error={err("pelaku")}
              lang={lang}
            />
          </div>
        </div>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <Select
              name="opd"
              label={t(lang, "audit.filter.unit")}
              value={values.opd ?? ""}
              error={err("opd")}
              items={[{ value: "", label: t(lang, "audit.filter.unit_all") }, ...unitChoices.map((u) => ({ value: u.id, label: u.name }))]}
              lang={lang}
            />
          </div>
          <div class="govuk-grid-column-one-half">
            <TextInput
              name="subjek"
              label={t(lang, "audit.filter.subject")}
              hint={t(lang, "audit.filter.subject_hint")}
              value={values.subjek}
              error={err("subjek")}
              lang={lang}
            />
          </div>
        </div>
        <div class="govuk-button-group">
          <Button>{t(lang, "audit.filter.apply")}</Button>
          <a class="govuk-link" href={href(lang, "/audit")}>
            {t(lang, "audit.filter.clear")}
          </a>
          {canExport ? (
            <a class="govuk-link" href={href(lang, `/audit/ekspor.csv${filterQuery(values)}`)} download>
              {t(lang, "audit.export")}
            </a>
          ) : null}
        </div>
      </form>
      <p class="govuk-body" role="status">
        {t(lang, "audit.count", { n: total })}
      </p>
      {rows.length === 0 ? (
        <p class="govuk-body">{t(lang, "audit.none")}</p>
      ) : (
        <Table
          caption={t(lang, "audit.title")}
          captionSize="s"
          head={["seq", "time", "actor", "role", "unit", "action", "subject", "ip"].map((k) => t(lang, `audit.col.${k}`))}
          numeric={[0]}
          rows={rows.map((r) => [
            <a class="govuk-link" href={href(lang, `/audit/${r.seq}`)}>
              {r.seq}
            </a>,
            wibTime(r.occurredAt),
            r.actorName ?? "",
            r.actorRole ?? "",
            r.unitName ?? (r.unitId ? r.unitId : t(lang, "audit.empty_value")),
            <code>{r.action}</code>,
            `${r.subjectType}${r.subjectId ? `:${r.subjectId}` : ""}`,
            r.ip ?? t(lang, "audit.empty_value"),
          ])}
        />
      )}
      <Pagination current={page} total={pages} href={(n) => href(lang, `/audit${filterQuery(values, { hal: String(n) })}`)} lang={lang} />
    </>
  );
}
