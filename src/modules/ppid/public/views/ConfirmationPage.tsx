import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href, t } from "../../../../platform/i18n/index.ts";
import { SummaryList } from "../../../../platform/ui/components/index.ts";
import { tr } from "./text.ts";

/**
 * The answer to a successful POST /ppid/permohonan, rendered on the POST
 * response itself (no-store): the secret is shown this once.
 */
export function ConfirmationPage({
  number,
  letterNumber,
  due,
  secret,
  trackingPath,
  emailed,
  signedIn,
}: {
  number: string | null;
  letterNumber: string | null;
  due: string | null;
  secret: string;
  /** The tracking page's path (without a language prefix). */
  trackingPath: string;
  emailed: string | null;
  signedIn: boolean;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const m = (key: string) => t(lang, `ppid.public.sent.${key}`);
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <div class="govuk-panel govuk-panel--confirmation">
          <h1 class="govuk-panel__title">{m("title")}</h1>
          <div class="govuk-panel__body">
            {number ? (
              <>
                {m("yourNumber")}
                <br />
                <strong>{number}</strong>
              </>
            ) : (
              m("awaiting")
            )}
          </div>
        </div>
        <SummaryList
          rows={[
            ...(number ? [{ key: m("number"), value: number }] : []),
            ...(letterNumber ? [{ key: t(lang, "ppid.public.case.letterNumber"), value: letterNumber }] : []),
            {
              key: t(lang, "ppid.public.case.due"),
              value: due ? formatCivilDate(lang, due) : m("dueAfterRegistration"),
            },
            { key: m("secret"), value: <code class="sp-secret">{secret}</code> },
          ]}
        />
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{t(lang, "ppid.public.warning")}</span>
            {m("keep")}
          </strong>
        </div>
        {emailed ? (
          <p class="govuk-body">{tr(lang, "ppid.public.sent.emailed", { email: emailed }, { b: (s) => <strong>{s}</strong> })}</p>
        ) : (
          <p class="govuk-body">{m("noEmail")}</p>
        )}
        <h2 class="govuk-heading-m">{m("next")}</h2>
        <p class="govuk-body">{m("nextText")}</p>
        <p class="govuk-body">
          <a class="govuk-link" href={href(lang, trackingPath)}>
            {m("trackLink")}
          </a>
        </p>
        {signedIn ? (
          <p class="govuk-body">
            {tr(
              lang,
              "ppid.public.sent.inAccount",
              {},
              {
                a: (s) => (
                  <a class="govuk-link" href={href(lang, "/akun/permohonan")}>
                    {s}
                  </a>
                ),
              },
            )}
          </p>
        ) : null}
      </div>
    </div>
  );
}
