import { useRequestContext } from "hono/jsx-renderer";
import { wibStamp } from "../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { NotificationBanner } from "../../../platform/ui/components/index.ts";

export interface AdminLink {
  path: string;
  key: string;
}

/** The staff dashboard: only the pages this person may use. */
export interface FixityView {
  open: { sha256: string; problem: "missing" | "mismatch"; detectedAt: Date }[];
  openCount: number;
  last: { at: string; checked: number; problems: number } | null;
}

export function AdminHome({ links, missingYears = [], fixity }: { links: AdminLink[]; missingYears?: number[]; fixity?: FixityView }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      {fixity?.openCount ? (
        <NotificationBanner titleId="fixity-alert" heading={t(lang, "admin.fixity.alert", { n: fixity.openCount })} lang={lang}>
          <p class="govuk-body">{t(lang, "admin.fixity.help")}</p>
          <ul class="govuk-list govuk-list--bullet">
            {fixity.open.map((a) => (
              <li>
                <code>{a.sha256}</code>: {t(lang, `admin.fixity.${a.problem}`)},{" "}
                {t(lang, "admin.fixity.since", { at: wibStamp(lang, a.detectedAt) })}
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      {missingYears.map((y) => (
        <NotificationBanner titleId={`missing-${y}`} heading={t(lang, "cal.admin.missing", { year: y })} lang={lang}>
          <p class="govuk-body">
            <a class="govuk-notification-banner__link" href={href(lang, `/admin/kalender?tahun=${y}`)}>
              {t(lang, "admin.link.calendar")}
            </a>
          </p>
        </NotificationBanner>
      ))}
      <h1 class="govuk-heading-xl">{t(lang, "admin.title")}</h1>
      <p class="govuk-body">{t(lang, "admin.intro")}</p>
      {fixity ? (
        <p class="govuk-body-s">
          {fixity.last
            ? t(lang, "admin.fixity.last", {
                at: wibStamp(lang, new Date(fixity.last.at)),
                checked: fixity.last.checked,
                problems: fixity.last.problems,
              })
            : t(lang, "admin.fixity.never")}
        </p>
      ) : null}
      {links.length === 0 ? (
        <p class="govuk-body">{t(lang, "admin.none")}</p>
      ) : (
        <ul class="govuk-list sp-admin-links">
          {links.map((l) => (
            <li>
              <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                <a class="govuk-link" href={href(lang, l.path)}>
                  {t(lang, `admin.link.${l.key}`)}
                </a>
              </h2>
              <p class="govuk-body govuk-!-margin-bottom-4">{t(lang, `admin.link.${l.key}_hint`)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
