import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href, t } from "../../../../platform/i18n/index.ts";
import { Button } from "../../../../platform/ui/components/index.ts";
import type { Law } from "../../law.ts";
import { clockTime, tr } from "./text.ts";

const b = (s: string) => <strong>{s}</strong>;

/** GET /ppid: what the service is, how to start, how to follow a request, and the statutory timeline. */
export function LandingPage({ law }: { law: Law }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const to = (path: string) => href(lang, path);
  const m = (key: string) => t(lang, `ppid.public.landing.${key}`);
  const link = (path: string) => (s: string) => (
    <a class="govuk-link" href={to(path)}>
      {s}
    </a>
  );
  const aside: [string, string][] = [
    ["/ppid/dip", "dip"],
    ["/ppid/dik", "dik"],
    ["/ppid/register", "register"],
    ["/ppid/statistik", "stats"],
    ["/ppid/keberatan", "objection"],
    ["/ppid/maklumat", "charter"],
    ["/ppid/standar-layanan", "standards"],
    ["/kalender/tenggat", "calculator"],
    ["/api/openapi.json", "api"],
  ];
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">{m("title")}</h1>
        <p class="govuk-body-l">{m("lead")}</p>
        <p class="govuk-body">{m("what")}</p>
        <Button href={to("/ppid/permohonan")} isStartButton>
          {m("start")}
        </Button>

        <h2 class="govuk-heading-m">{m("before")}</h2>
        <p class="govuk-body">{m("prepare")}</p>
        <ul class="govuk-list govuk-list--bullet">
          <li>{m("prepare.identity")}</li>
          <li>{m("prepare.proxy")}</li>
          <li>{m("prepare.details")}</li>
        </ul>
        <p class="govuk-body">
          {tr(lang, "ppid.public.landing.checkFirst", {}, { dip: link("/ppid/dip"), register: link("/ppid/register") })}
        </p>

        <h2 class="govuk-heading-m">{m("track")}</h2>
        <p class="govuk-body">{m("trackText")}</p>
        <p class="govuk-body">
          <a class="govuk-link" href={to("/ppid/lacak")}>
            {m("track")}
          </a>
        </p>

        <h2 class="govuk-heading-m" id="jangka-waktu">
          {m("limits")}
        </h2>
        <p class="govuk-body">{m("limitsIntro")}</p>
        <ol class="govuk-list govuk-list--number">
          <li>
            {tr(lang, "ppid.public.landing.limit.response", { days: law.responseDays, time: clockTime(lang, law.officeHoursEnd) }, { b })}
          </li>
          <li>{tr(lang, "ppid.public.landing.limit.extension", { days: law.extensionDays }, { b })}</li>
          <li>
            {t(lang, "ppid.public.landing.limit.clarification", {
              next: t(lang, law.clarification === "restart" ? "ppid.public.clock.restartShort" : "ppid.public.clock.resumeShort"),
            })}
          </li>
          <li>{tr(lang, "ppid.public.landing.limit.objection", { days: law.objectionWindowDays }, { b })}</li>
          <li>{tr(lang, "ppid.public.landing.limit.atasan", { days: law.atasanDecisionDays }, { b })}</li>
          <li>{tr(lang, "ppid.public.landing.limit.dispute", { days: law.disputeWindowDays }, { b })}</li>
        </ol>
        <p class="govuk-body">{tr(lang, "ppid.public.landing.calculator", {}, { a: link("/kalender/tenggat") })}</p>
      </div>
      <aside class="govuk-grid-column-one-third" aria-labelledby="ppid-lainnya">
        <h2 class="govuk-heading-s" id="ppid-lainnya">
          {m("more")}
        </h2>
        <ul class="govuk-list">
          {aside.map(([path, key]) => (
            <li>
              <a class="govuk-link" href={to(path)}>
                {m(`link.${key}`)}
              </a>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
