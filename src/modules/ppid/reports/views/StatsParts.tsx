/** The figures tables shared by the public statistics page and the staff report page. */
import { type Lang, t } from "../../../../platform/i18n/index.ts";
import { Table } from "../../../../platform/ui/components/index.ts";
import { PASAL17 } from "../../../dip/index.ts";
import { DECISION_LABEL } from "../../states.ts";
import { summaryRows } from "../annual.ts";
import { idNumber, percent } from "../definitions.ts";
import type { ObjectionSummary } from "../objections.ts";
import type { Stats } from "../stats.ts";

export function FiguresTables({ stats, objections, lang }: { stats: Stats; objections: ObjectionSummary | null; lang: Lang }) {
  return (
    <>
      <Table
        caption={t(lang, "ppidr.stats.summary", { label: stats.period.label })}
        head={["Uraian", "Jumlah"]}
        numeric={[1]}
        firstCellIsHeader
        rows={summaryRows(stats.total).map(([l, v]) => [l, v])}
      />
      <Table
        caption={t(lang, "ppidr.stats.units")}
        class="sp-table--small"
        numeric={[1, 2, 3, 4, 5, 6, 7]}
        firstCellIsHeader
        head={[
          "Perangkat daerah",
          "Diterima",
          "Diputus",
          DECISION_LABEL.ditolak,
          "Median hari kerja",
          "Rata-rata hari kerja",
          "Tepat waktu",
          "Masih diproses",
        ]}
        rows={[...stats.units, { ...stats.total, unitName: "Jumlah" }].map((u) => [
          u.unitName,
          String(u.received),
          String(u.decided),
          String(u.byDecision.ditolak),
          idNumber(u.medianDays),
          idNumber(u.meanDays),
          percent(u.onTime, u.decided),
          String(u.open),
        ])}
      />
      <h2 class="govuk-heading-m">{t(lang, "ppidr.stats.grounds")}</h2>
      {stats.grounds.length ? (
        <Table
          head={["Huruf", "Alasan pengecualian", "Ditolak", "Dikabulkan sebagian"]}
          numeric={[2, 3]}
          rows={stats.grounds.map((g) => [g.letter, PASAL17[g.letter as keyof typeof PASAL17] ?? "", String(g.refused), String(g.partial)])}
        />
      ) : (
        <p class="govuk-body">{t(lang, "ppidr.stats.grounds_none")}</p>
      )}
      <h2 class="govuk-heading-m">{t(lang, "ppidr.stats.objections")}</h2>
      {objections ? (
        <Table head={["Uraian", "Jumlah"]} numeric={[1]} firstCellIsHeader rows={objections.rows.map(([l, v]) => [l, v])} />
      ) : (
        <p class="govuk-body">{t(lang, "ppidr.stats.objections_none")}</p>
      )}
    </>
  );
}

export function Definitions({ rows, lang }: { rows: [string, string][]; lang: Lang }) {
  return (
    <section aria-labelledby="definisi">
      <h2 class="govuk-heading-m" id="definisi">
        {t(lang, "ppidr.stats.definitions")}
      </h2>
      <dl class="govuk-summary-list">
        {rows.map(([k, v]) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{k}</dt>
            <dd class="govuk-summary-list__value">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
