import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href, t } from "../../../../platform/i18n/index.ts";
import { Pagination, Table, Tag } from "../../../../platform/ui/components/index.ts";
import { DECISION_LABEL, DECISIONS, STATE_LABEL, STATES } from "../../states.ts";
import { MAX_PAGE, type PublicRegisterPage as RegisterData } from "../register.ts";
import { FilterSelect, queryString, shortDate } from "./parts.tsx";

export interface RegisterQuery {
  q: string;
  tahun: string;
  opd: string;
  status: string;
  keputusan: string;
}

export function PublicRegisterPage(props: {
  filter: RegisterQuery;
  data: RegisterData;
  units: { slug: string; name: string }[];
  years: number[];
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const { filter, data } = props;
  const all = t(lang, "ppidr.filter.all");
  const filtered = Object.values(filter).some(Boolean);
  // An exact total gives every page; a capped total or a search only knows the pages up to the next one.
  const known = data.page + (data.hasMore ? 1 : 0);
  const pages = Math.min(
    MAX_PAGE,
    data.total !== null && !data.totalCapped
      ? Math.max(1, Math.ceil(data.total / data.pageSize))
      : Math.max(known, Math.ceil((data.total ?? 0) / data.pageSize)),
  );
  const count =
    data.total === null
      ? t(lang, "ppidr.count_search", { page: data.page })
      : data.totalCapped
        ? t(lang, "ppidr.count_capped", { n: data.total.toLocaleString("id-ID") })
        : t(lang, "ppidr.count", { n: data.total.toLocaleString("id-ID") });
  return (
    <>
      <h1 class="govuk-heading-xl">{t(lang, "ppidr.register.title")}</h1>
      <p class="govuk-body-l">{t(lang, "ppidr.register.intro")}</p>
      <form method="get" action={href(lang, "/ppid/register")} role="search" class="sp-search" novalidate>
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="q">
            {t(lang, "ppidr.filter.q")}
          </label>
          <input class="govuk-input" id="q" name="q" type="search" value={filter.q} autocomplete="off" maxlength={100} />
        </div>
        <FilterSelect
          name="tahun"
          label={t(lang, "ppidr.filter.year")}
          value={filter.tahun}
          items={[{ value: "", label: all }, ...props.years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <FilterSelect
          name="opd"
          label={t(lang, "ppidr.filter.unit")}
          value={filter.opd}
          items={[{ value: "", label: all }, ...props.units.map((u) => ({ value: u.slug, label: u.name }))]}
        />
        <FilterSelect
          name="status"
          label={t(lang, "ppidr.filter.status")}
          value={filter.status}
          items={[{ value: "", label: all }, ...STATES.filter((s) => s !== "DIAJUKAN").map((s) => ({ value: s, label: STATE_LABEL[s] }))]}
        />
        <FilterSelect
          name="keputusan"
          label={t(lang, "ppidr.filter.decision")}
          value={filter.keputusan}
          items={[{ value: "", label: all }, ...DECISIONS.map((d) => ({ value: d, label: DECISION_LABEL[d] }))]}
        />
        <button type="submit" class="govuk-button">
          {t(lang, "ppidr.filter.submit")}
        </button>
      </form>
      <p class="govuk-body" role="status">
        <strong>{count}</strong>
        {filtered ? (
          <>
            {" · "}
            <a class="govuk-link" href={href(lang, "/ppid/register")}>
              {t(lang, "ppidr.filter.reset")}
            </a>
          </>
        ) : null}
      </p>
      {data.items.length === 0 ? (
        <p class="govuk-body">{t(lang, "ppidr.none")}</p>
      ) : (
        <Table
          class="sp-table--small"
          numeric={[7]}
          head={[
            t(lang, "ppidr.col.number"),
            t(lang, "ppidr.col.received"),
            t(lang, "ppidr.col.unit"),
            t(lang, "ppidr.col.request"),
            t(lang, "ppidr.col.status"),
            t(lang, "ppidr.col.due"),
            t(lang, "ppidr.col.decided"),
            t(lang, "ppidr.col.days"),
          ]}
          rows={data.items.map((r) => [
            r.number,
            shortDate(r.receivedDate),
            r.unit ? (
              <a class="govuk-link" href={href(lang, `/opd/${r.unit.slug}`)}>
                {r.unit.name}
              </a>
            ) : (
              "—"
            ),
            r.textHidden ? <em>{r.request}</em> : r.request,
            <>
              {r.statusLabel}
              {r.decisionLabel ? (
                <>
                  <br />
                  <Tag colour={r.decision === "ditolak" ? "red" : r.decision?.startsWith("dikabulkan") ? "green" : "grey"}>
                    {r.decisionLabel}
                  </Tag>
                </>
              ) : null}
            </>,
            shortDate(r.dueDate),
            shortDate(r.decidedDate),
            r.workingDays === null ? "—" : String(r.workingDays),
          ])}
        />
      )}
      <Pagination
        current={data.page}
        total={pages}
        href={(n) => href(lang, `/ppid/register${queryString({ ...filter }, n)}`)}
        lang={lang}
      />
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/ppid/statistik")}>
          {t(lang, "ppidr.stats_link")}
        </a>
      </p>
      <p class="govuk-body-s sp-muted">{t(lang, "ppidr.api")}</p>
    </>
  );
}
