import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import type { outbox } from "../../../platform/mail/schema.ts";
import { Breadcrumbs, Pagination, SummaryList, Table, Tag, type TagColour } from "../../../platform/ui/components/index.ts";
import { OUTBOX_PER_PAGE } from "../queries.ts";
import { wibTime } from "./format.ts";

type Mail = typeof outbox.$inferSelect;
const COLOUR: Record<Mail["status"], TagColour> = { queued: "blue", sent: "green", held: "yellow", failed: "red" };

function Status({ status }: { status: Mail["status"] }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return <Tag colour={COLOUR[status]}>{t(lang, `admin.outbox.status.${status}`)}</Tag>;
}

export function OutboxList({
  rows,
  total,
  page,
  smtp,
}: {
  rows: Pick<Mail, "id" | "to" | "subject" | "status" | "createdAt">[];
  total: number;
  page: number;
  smtp: boolean;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <Breadcrumbs items={[{ text: t(lang, "admin.title"), href: href(lang, "/admin") }]} lang={lang} />
      <h1 class="govuk-heading-l">{t(lang, "admin.outbox.title")}</h1>
      <p class="govuk-body">{t(lang, smtp ? "admin.outbox.smtp" : "admin.outbox.no_smtp")}</p>
      <p class="govuk-body" role="status">
        {t(lang, "admin.outbox.count", { n: total })}
      </p>
      {rows.length === 0 ? (
        <p class="govuk-body">{t(lang, "admin.outbox.empty")}</p>
      ) : (
        <Table
          head={[
            t(lang, "admin.outbox.created"),
            t(lang, "admin.outbox.to"),
            t(lang, "admin.outbox.subject"),
            t(lang, "admin.outbox.status"),
          ]}
          rows={rows.map((m) => [
            wibTime(m.createdAt),
            m.to,
            <a class="govuk-link" href={href(lang, `/admin/kotak-keluar/${m.id}`)}>
              {m.subject}
            </a>,
            <Status status={m.status} />,
          ])}
        />
      )}
      <Pagination
        current={page}
        total={Math.max(1, Math.ceil(total / OUTBOX_PER_PAGE))}
        href={(n) => href(lang, `/admin/kotak-keluar?hal=${n}`)}
        lang={lang}
      />
    </>
  );
}

/** One mail: its text part only (the HTML part is never rendered here). */
export function OutboxMail({ mail }: { mail: Mail }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <Breadcrumbs
        items={[
          { text: t(lang, "admin.title"), href: href(lang, "/admin") },
          { text: t(lang, "admin.outbox.title"), href: href(lang, "/admin/kotak-keluar") },
        ]}
        lang={lang}
      />
      <h1 class="govuk-heading-l">{mail.subject}</h1>
      <SummaryList
        rows={[
          { key: t(lang, "admin.outbox.to"), value: mail.to },
          { key: t(lang, "admin.outbox.status"), value: <Status status={mail.status} /> },
          { key: t(lang, "admin.outbox.created"), value: wibTime(mail.createdAt) },
          ...(mail.sentAt ? [{ key: t(lang, "admin.outbox.sent"), value: wibTime(mail.sentAt) }] : []),
          ...(mail.error ? [{ key: t(lang, "admin.outbox.error"), value: mail.error }] : []),
        ]}
      />
      <h2 class="govuk-heading-m">{t(lang, "admin.outbox.body")}</h2>
      <pre class="sp-mail-text" tabindex={0}>
        {mail.text}
      </pre>
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/admin/kotak-keluar")}>
          {t(lang, "admin.outbox.back")}
        </a>
      </p>
    </>
  );
}
