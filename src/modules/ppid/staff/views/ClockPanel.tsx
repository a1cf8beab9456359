/** The response clock with its full explanation: every step, every day not counted and why, and the warnings. */
import { explainSkipped } from "../../../../platform/calendar/index.ts";
import type { Lang } from "../../../../platform/i18n/index.ts";
import { SummaryList } from "../../../../platform/ui/components/index.ts";
import type { Clock, ClockStep, Urgency } from "../../clock.ts";
import type { Law } from "../../law.ts";
import { civil, UrgencyTag, wibStamp } from "./tags.tsx";

function stepText(s: ClockStep, law: Law, lang: Lang): string {
  const at = wibStamp(s.at, lang);
  switch (s.kind) {
    case "start": {
      const shift =
        s.shifted === "after_hours"
          ? `, pada atau setelah jam layanan berakhir (${law.officeHoursEnd.replace(":", ".")} WIB)`
          : s.shifted === "non_working_day"
            ? ", bukan hari kerja"
            : "";
      return `Diterima ${at}${shift}: dihitung diterima ${civil(s.day, lang)}. ${s.days} hari kerja sesudahnya jatuh tempo ${civil(s.due, lang)}.`;
    }
    case "pause":
      return `Permintaan kelengkapan ${at}: waktu pelayanan berhenti (sisa ${s.days} hari kerja saat itu).`;
    case "restart":
      return `Kelengkapan diterima ${at}, dihitung diterima ${civil(s.day, lang)}: waktu dihitung ulang penuh ${s.days} hari kerja, jatuh tempo ${civil(s.due, lang)}.`;
    case "resume":
      return `Kelengkapan diterima ${at}, dihitung diterima ${civil(s.day, lang)}: waktu dilanjutkan dengan sisa ${s.days} hari kerja, jatuh tempo ${civil(s.due, lang)}.`;
    case "extension":
      return `Diperpanjang ${at}: ${s.days} hari kerja sesudah ${civil(s.day, lang)}, jatuh tempo ${civil(s.due, lang)}.`;
    case "decided":
      return `Pemberitahuan tertulis dikirim ${at}: waktu pelayanan selesai dihitung.`;
  }
}

const STATUS: Record<Clock["status"], string> = { running: "Berjalan", paused: "Berhenti (menunggu kelengkapan)", stopped: "Selesai" };

export function ClockPanel({
  clock,
  problem,
  dueOn,
  u,
  law,
  lang,
}: {
  clock: Clock | null;
  problem: string | null;
  dueOn: string | null;
  u: Urgency;
  law: Law;
  lang: Lang;
}) {
  return (
    <section aria-labelledby="waktu">
      <h2 class="govuk-heading-m" id="waktu">
        Waktu pelayanan
      </h2>
      <SummaryList
        rows={[
          { key: "Status", value: clock ? STATUS[clock.status] : "—" },
          { key: "Batas waktu pemberitahuan tertulis", value: civil(clock?.due ?? dueOn, lang) },
          ...(clock?.dueBeforeExtension ? [{ key: "Batas waktu sebelum perpanjangan", value: civil(clock.dueBeforeExtension, lang) }] : []),
          ...(clock?.daysLeftAtPause !== null && clock?.daysLeftAtPause !== undefined
            ? [{ key: "Sisa hari kerja saat berhenti", value: String(clock.daysLeftAtPause) }]
            : []),
          { key: "Tenggat", value: <UrgencyTag u={u} lang={lang} /> },
        ]}
      />
      {problem ? <p class="govuk-body govuk-error-message">{problem}</p> : null}
      {clock?.warnings.length ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Peringatan</span>
            {clock.warnings.join(". ")}.
          </strong>
        </div>
      ) : null}
      {clock ? (
        <>
          <h3 class="govuk-heading-s">Cara perhitungan</h3>
          <ol class="govuk-list govuk-list--number">
            {clock.steps.map((s) => {
              const skipped = explainSkipped(s, lang);
              return (
                <li>
                  {stepText(s, law, lang)}
                  {skipped.length ? (
                    <>
                      <br />
                      <span class="govuk-body-s">Hari yang tidak dihitung:</span>
                      <ul class="govuk-list govuk-list--bullet govuk-body-s">
                        {skipped.map((line) => (
                          <li>{line}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <p class="govuk-body-s sp-muted">
            {law.cutiBersamaIsWorkingDay ? "Cuti bersama dihitung sebagai hari kerja." : "Cuti bersama tidak dihitung sebagai hari kerja."}{" "}
            Setelah kelengkapan diterima, waktu {law.clarification === "restart" ? "dihitung ulang penuh" : "dilanjutkan dengan sisa hari"}.
          </p>
        </>
      ) : null}
    </section>
  );
}
