import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { ClockStep } from "../../clock.ts";
import type { CaseData } from "../queries.ts";
import { wibStamp } from "./text.ts";

const date = (d: string) => formatCivilDate("id", d);

function stepText(s: ClockStep, officeHoursEnd: string): string[] {
  const shift =
    s.shifted === "after_hours"
      ? `Karena diterima pukul ${officeHoursEnd.replace(":", ".")} WIB atau sesudahnya, dihitung diterima pada hari kerja berikutnya: ${date(s.day)}.`
      : s.shifted === "non_working_day"
        ? `Karena hari itu bukan hari kerja, dihitung diterima pada hari kerja berikutnya: ${date(s.day)}.`
        : `Dihitung diterima pada hari itu: ${date(s.day)}.`;
  switch (s.kind) {
    case "start":
      return [
        `Permohonan diterima ${wibStamp(s.at)}.`,
        shift,
        `Batas waktu adalah hari kerja ke-${s.days} sesudahnya: ${s.due ? date(s.due) : "—"}.`,
      ];
    case "pause":
      return [
        `${date(s.day)}: PPID meminta kelengkapan permohonan. Waktu pelayanan berhenti (saat itu tersisa ${s.days} hari kerja) sampai jawaban Anda diterima.`,
      ];
    case "restart":
      return [
        `Kelengkapan diterima ${wibStamp(s.at)}.`,
        shift,
        `Waktu pelayanan dihitung kembali dari awal, ${s.days} hari kerja: batas waktu baru ${s.due ? date(s.due) : "—"}.`,
      ];
    case "resume":
      return [
        `Kelengkapan diterima ${wibStamp(s.at)}.`,
        shift,
        `Waktu pelayanan dilanjutkan dengan sisa ${s.days} hari kerja: batas waktu baru ${s.due ? date(s.due) : "—"}.`,
      ];
    case "extension":
      return [
        `PPID memperpanjang waktu pelayanan ${s.days} hari kerja sesudah ${date(s.day)}, dengan alasan tertulis: batas waktu menjadi ${s.due ? date(s.due) : "—"}.`,
      ];
    case "decided":
      return [`Pemberitahuan tertulis dikirim ${wibStamp(s.at)}: waktu pelayanan selesai.`];
  }
}

/** "How this date was computed": each clock step with the days it skipped and why. */
export function ClockExplanation({ data }: { data: CaseData }) {
  const { clock, law } = data;
  if (!clock || clock.steps.length === 0) return null;
  return (
    <section aria-labelledby="cara-hitung">
      <h2 class="govuk-heading-m" id="cara-hitung">
        Cara batas waktu dihitung
      </h2>
      <p class="govuk-body">
        Batas waktu dihitung dalam hari kerja di Kabupaten Lebong (WIB). Sabtu, Minggu, libur nasional
        {law.cutiBersamaIsWorkingDay ? "" : ", cuti bersama,"} dan libur daerah tidak dihitung.
      </p>
      <ol class="govuk-list govuk-list--number sp-clock-steps">
        {clock.steps.map((s) => (
          <li>
            {stepText(s, law.officeHoursEnd).map((line) => (
              <p class="govuk-body govuk-!-margin-bottom-1">{line}</p>
            ))}
            {s.skipped.length ? (
              <details class="govuk-details govuk-!-margin-top-2">
                <summary class="govuk-details__summary">
                  <span class="govuk-details__summary-text">{s.skipped.length} hari tidak dihitung</span>
                </summary>
                <div class="govuk-details__text">
                  <ul class="govuk-list govuk-list--bullet">
                    {s.skipped.map((d) => (
                      <li>
                        {date(d.date)} — {d.reason}
                      </li>
                    ))}
                  </ul>
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {clock.warnings.map((w) => (
        <p class="govuk-inset-text">{w}</p>
      ))}
    </section>
  );
}
