import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { type FailedJob, JOB_STATES, type QueueStatus } from "../../../platform/jobs/status.ts";
import { Breadcrumbs, Table, Tag } from "../../../platform/ui/components/index.ts";
import { wibTime } from "./format.ts";

export function JobsPage({ queues, failures }: { queues: QueueStatus[]; failures: FailedJob[] }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <Breadcrumbs items={[{ text: t(lang, "admin.title"), href: href(lang, "/admin") }]} lang={lang} />
      <h1 class="govuk-heading-l">{t(lang, "admin.jobs.title")}</h1>
      {queues.length === 0 ? (
        <p class="govuk-body">{t(lang, "admin.jobs.none")}</p>
      ) : (
        <Table
          caption={t(lang, "admin.jobs.queues")}
          head={[
            t(lang, "admin.jobs.queue"),
            ...JOB_STATES.map((s) => t(lang, `admin.jobs.state.${s}`)),
            t(lang, "admin.jobs.archived"),
            t(lang, "admin.jobs.schedule"),
          ]}
          numeric={[1, 2, 3, 4, 5, 6, 7]}
          firstCellIsHeader
          rows={queues.map((q) => [
            <code>{q.name}</code>,
            ...JOB_STATES.map((s) =>
              s === "failed" && q.counts.failed > 0 ? <Tag colour="red">{String(q.counts.failed)}</Tag> : String(q.counts[s]),
            ),
            String(q.archived),
            q.schedule ? <code>{`${q.schedule.cron} (${q.schedule.timezone ?? "UTC"})`}</code> : "—",
          ])}
        />
      )}
      <h2 class="govuk-heading-m">{t(lang, "admin.jobs.failures")}</h2>
      {failures.length === 0 ? (
        <p class="govuk-body">{t(lang, "admin.jobs.no_failures")}</p>
      ) : (
        <Table
          head={[t(lang, "admin.jobs.when"), t(lang, "admin.jobs.queue"), t(lang, "admin.jobs.attempts"), t(lang, "admin.jobs.error")]}
          rows={failures.map((f) => [
            wibTime(f.at),
            <code>{f.name}</code>,
            `${f.retryCount}/${f.retryLimit}${f.state === "retry" ? ` (${t(lang, "admin.jobs.state.retry")})` : ""}`,
            <span class="sp-break">{f.error}</span>,
          ])}
        />
      )}
    </>
  );
}
