import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate, jakartaDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { t } from "../../../../platform/i18n/index.ts";
import { Button, ErrorSummary, Textarea } from "../../../../platform/ui/components/index.ts";
import type { CaseData } from "../queries.ts";
import { FileField } from "./FileField.tsx";
import "../messages.ts";

const Csrf = ({ token }: { token?: string | null }) => (token ? <input type="hidden" name="_csrf" value={token} /> : null);

/** The open question of a clarification request and the answer form. */
export function ClarificationForm({
  data,
  action,
  csrfToken,
  errors = {},
  answer = "",
}: {
  data: CaseData;
  action: string;
  csrfToken?: string | null;
  errors?: Record<string, string>;
  answer?: string;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const m = (key: string, params?: Record<string, string | number>) => t(lang, `ppid.public.clar.${key}`, params);
  const c = data.clarification;
  if (!c) return null;
  const next =
    data.law.clarification === "restart" ? m("clock.restart", { days: data.law.responseDays }) : t(lang, "ppid.public.clock.resumeShort");
  return (
    <section aria-labelledby="kelengkapan" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id="kelengkapan">
        {m("heading")}
      </h2>
      <ErrorSummary lang={lang} errors={{ answer: errors.answer, file: errors.file }} />
      <p class="govuk-body">{m("asked", { date: formatCivilDate(lang, jakartaDate(c.at)) })}</p>
      <div class="govuk-inset-text">{c.question ?? m("noQuestion")}</div>
      <p class="govuk-body">{m("clock", { next })}</p>
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <Csrf token={csrfToken} />
        <Textarea lang={lang} name="answer" label={m("answer")} value={answer} error={errors.answer} rows={5} />
        <FileField lang={lang} name="file" label={m("file")} hint={m("fileHint")} error={errors.file} />
        <Button>{m("submit")}</Button>
      </form>
    </section>
  );
}

/** Withdrawing the request (before it is decided). */
export function WithdrawForm({
  action,
  csrfToken,
  errors = {},
  reason = "",
}: {
  action: string;
  csrfToken?: string | null;
  errors?: Record<string, string>;
  reason?: string;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const m = (key: string) => t(lang, `ppid.public.withdraw.${key}`);
  return (
    <section aria-labelledby="tarik">
      <h2 class="govuk-heading-m" id="tarik">
        {m("heading")}
      </h2>
      <ErrorSummary lang={lang} errors={{ reason: errors.reason }} />
      <p class="govuk-body">{m("text")}</p>
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Textarea lang={lang} name="reason" label={m("reason")} value={reason} error={errors.reason} rows={3} />
        <Button variant="warning">{m("submit")}</Button>
      </form>
    </section>
  );
}
