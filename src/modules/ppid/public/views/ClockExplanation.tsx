import { useRequestContext } from "hono/jsx-renderer";
import { explainSkipped, explainWarnings, formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { type Lang, t } from "../../../../platform/i18n/index.ts";
import type { ClockStep } from "../../clock.ts";
import type { CaseData } from "../queries.ts";
import { clockTime, wibStamp } from "./text.ts";

function stepText(lang: Lang, s: ClockStep, officeHoursEnd: string): string[] {
  const m = (key: string, params: Record<string, string | number> = {}) => t(lang, `ppid.public.clock.${key}`, params);
  const date = (d: string) => formatCivilDate(lang, d);
  const due = s.due ? date(s.due) : "—";
  const at = wibStamp(lang, s.at);
  const shift =
    s.shifted === "after_hours"
      ? m("shift.afterHours", { time: clockTime(lang, officeHoursEnd), date: date(s.day) })
      : s.shifted === "non_working_day"
        ? m("shift.nonWorkingDay", { date: date(s.day) })
        : m("shift.none", { date: date(s.day) });
  switch (s.kind) {
    case "start":
      return [m("start.received", { at }), shift, m("start.due", { days: s.days, due })];
    case "pause":
      return [m("pause", { date: date(s.day), days: s.days })];
    case "restart":
      return [m("clarReceived", { at }), shift, m("restart", { days: s.days, due })];
    case "resume":
      return [m("clarReceived", { at }), shift, m("resume", { days: s.days, due })];
    case "extension":
      return [m("extension", { days: s.days, date: date(s.day), due })];
    case "decided":
      return [m("decided", { at })];
  }
}

/** The core's warnings are Indonesian; in English the known one (a year without holidays) is said again in English. */
function warningIn(lang: Lang, w: string): string {
  if (lang === "id") return w;
  const year = /^Kalender libur (\d{4}) belum diisi/.exec(w);
  return year ? explainWarnings({ missingYears: [Number(year[1])] }, lang)[0] : w;
}

/** "How this date was computed": each clock step with the days it skipped and why. */
export function ClockExplanation({ data }: { data: CaseData }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const { clock, law } = data;
  if (!clock || clock.steps.length === 0) return null;
  return (
    <section aria-labelledby="cara-hitung">
      <h2 class="govuk-heading-m" id="cara-hitung">
        {t(lang, "ppid.public.clock.heading")}
      </h2>
      <p class="govuk-body">{t(lang, law.cutiBersamaIsWorkingDay ? "ppid.public.clock.introCutiWorking" : "ppid.public.clock.intro")}</p>
      <ol class="govuk-list govuk-list--number sp-clock-steps">
        {clock.steps.map((s) => (
          <li>
            {stepText(lang, s, law.officeHoursEnd).map((line) => (
              <p class="govuk-body govuk-!-margin-bottom-1">{line}</p>
            ))}
            {s.skipped.length ? (
              <details class="govuk-details govuk-!-margin-top-2">
                <summary class="govuk-details__summary">
                  <span class="govuk-details__summary-text">{t(lang, "ppid.public.clock.skipped", { n: s.skipped.length })}</span>
                </summary>
                <div class="govuk-details__text">
                  <ul class="govuk-list govuk-list--bullet">
                    {s.skipped.map((d) => (
                      <li>
                        {lang === "id" ? `${formatCivilDate("id", d.date)} — ${d.reason}` : explainSkipped({ skipped: [d] }, lang)[0]}
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
        <p class="govuk-inset-text">{warningIn(lang, w)}</p>
      ))}
    </section>
  );
}
