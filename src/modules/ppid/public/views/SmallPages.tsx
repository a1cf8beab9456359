import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href, t } from "../../../../platform/i18n/index.ts";
import { Button, ErrorSummary, Table, Tag, TextInput } from "../../../../platform/ui/components/index.ts";
import type { requestsOfUser } from "../queries.ts";
import { codeLabel, tr, wibStamp } from "./text.ts";

/** GET /ppid/lacak: the number and the secret code. */
export function TrackStartPage({ values = {}, errors = {} }: { values?: Record<string, string>; errors?: Record<string, string> }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const m = (key: string) => t(lang, `ppid.public.track.${key}`);
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary lang={lang} errors={{ nomor: errors.nomor, kode: errors.kode }} />
        <h1 class="govuk-heading-xl">{m("title")}</h1>
        <p class="govuk-body">{m("intro")}</p>
        <form method="get" action={href(lang, "/ppid/lacak")} novalidate>
          <TextInput
            lang={lang}
            name="nomor"
            label={t(lang, "ppid.public.sent.number")}
            hint={m("number.hint")}
            value={values.nomor}
            error={errors.nomor}
            spellcheck={false}
            autocomplete="off"
            width={20}
          />
          <TextInput
            lang={lang}
            name="kode"
            label={t(lang, "ppid.public.sent.secret")}
            hint={m("secret.hint")}
            value=""
            error={errors.kode}
            spellcheck={false}
            autocomplete="off"
          />
          <Button>{m("submit")}</Button>
        </form>
        <p class="govuk-body">
          {tr(
            lang,
            "ppid.public.track.account",
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
      </div>
    </div>
  );
}

/** GET /akun/permohonan: the requests filed from this account. */
export function MyRequestsPage({ rows }: { rows: Awaited<ReturnType<typeof requestsOfUser>> }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const m = (key: string) => t(lang, `ppid.public.mine.${key}`);
  return (
    <div>
      <h1 class="govuk-heading-xl">{m("title")}</h1>
      {rows.length === 0 ? (
        <p class="govuk-body">{m("empty")}</p>
      ) : (
        <Table
          caption={m("caption")}
          head={[m("number"), m("submitted"), m("status"), m("due")]}
          rows={rows.map((r) => [
            <a class="govuk-link" href={href(lang, `/ppid/permohonan/saya/${r.number ?? r.id}`)}>
              {r.number ?? t(lang, "ppid.public.case.awaitingRegistration")}
            </a>,
            wibStamp(lang, r.submittedAt),
            <Tag>{codeLabel(lang, "state", r.state)}</Tag>,
            r.clockStatus === "running" && r.dueOn ? formatCivilDate(lang, r.dueOn) : "—",
          ])}
        />
      )}
      <Button href={href(lang, "/ppid/permohonan")}>{m("new")}</Button>
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/akun/keberatan")}>
          {m("objections")}
        </a>
      </p>
    </div>
  );
}

/** A short page with a heading and a few paragraphs (429, refusals). */
export function MessagePage({ title, paragraphs, back }: { title: string; paragraphs: string[]; back?: { href: string; text: string } }) {
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">{title}</h1>
        {paragraphs.map((p) => (
          <p class="govuk-body">{p}</p>
        ))}
        {back ? (
          <p class="govuk-body">
            <a class="govuk-link" href={back.href}>
              {back.text}
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
