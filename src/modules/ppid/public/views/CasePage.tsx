import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href, t } from "../../../../platform/i18n/index.ts";
import { ErrorSummary, NotificationBanner, SummaryList, Tag, type TagColour } from "../../../../platform/ui/components/index.ts";
import { canTransition, type State } from "../../states.ts";
import type { CaseData } from "../queries.ts";
import { ClarificationForm, WithdrawForm } from "./CaseForms.tsx";
import { ClockExplanation } from "./ClockExplanation.tsx";
import { codeLabel, eventLabel, eventNote, filePurposeLabel, kb, wibStamp } from "./text.ts";

const STATE_COLOUR: Record<State, TagColour> = {
  DIAJUKAN: "grey",
  TERREGISTRASI: "blue",
  PERLU_KELENGKAPAN: "yellow",
  DIPROSES: "teal",
  DIPUTUS: "purple",
  INFORMASI_DISERAHKAN: "green",
  SELESAI: "green",
  DITARIK: "grey",
};

/** The banners after an action (?selesai=…). */
const DONE = ["ditarik", "kelengkapan"];

export interface CasePageProps {
  data: CaseData;
  /** The page's own path: /ppid/lacak/{number}/{secret} or /ppid/permohonan/saya/{number}. */
  base: string;
  /** Where its forms post. */
  actions: string;
  csrfToken?: string | null;
  done?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /** The objection form for this request (keberatan module), prefilled with the number and code. */
  objectionHref?: string | null;
  /** Which form the errors belong to. */
  failed?: "tarik" | "kelengkapan";
}

/** The requester's view of their request: state, due dates and how they were computed, documents, history, actions. */
export function CasePage({ data, base, actions, csrfToken, done, errors = {}, values = {}, failed, objectionHref }: CasePageProps) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const m = (key: string, params?: Record<string, string | number>) => t(lang, `ppid.public.case.${key}`, params);
  const { req, clock } = data;
  const docs = [
    ...(req.receiptDocId ? [{ label: m("doc.receipt"), href: href(lang, `/verifikasi/${req.receiptDocId}/berkas`) }] : []),
    ...(req.noticeDocId ? [{ label: m("doc.notice"), href: href(lang, `/verifikasi/${req.noticeDocId}/berkas`) }] : []),
    ...data.files.map((f) => ({
      label: `${filePurposeLabel(lang, f.purpose)}: ${f.name} (${kb(f.size)})`,
      href: href(lang, `${base}/berkas/${f.id}`),
    })),
  ];
  const dueRow =
    clock?.status === "paused"
      ? m("paused")
      : req.dueOn
        ? req.extended
          ? m("dueExtended", { date: formatCivilDate(lang, req.dueOn) })
          : formatCivilDate(lang, req.dueOn)
        : "—";
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {done && DONE.includes(done) ? <NotificationBanner lang={lang} type="success" heading={m(`done.${done}`)} /> : null}
        {/* A step the state no longer allows (e.g. already withdrawn or decided). */}
        <ErrorSummary lang={lang} errors={{ state: errors.state }} targets={{ state: "status" }} />
        <span class="govuk-caption-l">{m("caption")}</span>
        <h1 class="govuk-heading-xl">{req.number ?? m("awaitingRegistration")}</h1>
        <p class="govuk-body" id="status">
          <Tag colour={STATE_COLOUR[req.state]}>{codeLabel(lang, "state", req.state)}</Tag>
        </p>
        <SummaryList
          rows={[
            ...(req.letterNumber ? [{ key: m("letterNumber"), value: req.letterNumber }] : []),
            { key: m("received"), value: wibStamp(lang, req.receivedAt) },
            { key: req.decidedAt ? m("dueThen") : m("due"), value: dueRow },
            ...(req.decidedAt ? [{ key: m("decidedAt"), value: wibStamp(lang, req.decidedAt) }] : []),
            ...(req.decision ? [{ key: m("decision"), value: codeLabel(lang, "decision", req.decision) }] : []),
            ...(data.objectionDue
              ? [
                  {
                    key: m("objectionDue"),
                    value: m("objectionDueValue", {
                      date: formatCivilDate(lang, data.objectionDue),
                      days: data.law.objectionWindowDays,
                    }),
                  },
                ]
              : []),
            ...(req.withdrawnAt ? [{ key: m("withdrawnAt"), value: wibStamp(lang, req.withdrawnAt) }] : []),
          ]}
        />

        {req.state === "PERLU_KELENGKAPAN" ? (
          <ClarificationForm
            data={data}
            action={`${actions}/kelengkapan`}
            csrfToken={csrfToken}
            errors={failed === "kelengkapan" ? errors : {}}
            answer={failed === "kelengkapan" ? values.answer : ""}
          />
        ) : null}

        <h2 class="govuk-heading-m">{m("documents")}</h2>
        {docs.length ? (
          <ul class="govuk-list">
            {docs.map((d) => (
              <li>
                <a class="govuk-link" href={d.href} download>
                  {d.label}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p class="govuk-body">{m("receiptPending")}</p>
        )}

        <ClockExplanation data={data} />

        <h2 class="govuk-heading-m">{m("history")}</h2>
        <ol class="govuk-list sp-timeline">
          {data.events.map((e) => (
            <li class="govuk-!-margin-bottom-4">
              <p class="govuk-body govuk-!-margin-bottom-1">
                <strong>{eventLabel(lang, e.kind)}</strong>
                {e.kind === "registered" && typeof e.data.number === "string" ? m("withNumber", { number: e.data.number }) : ""}
              </p>
              <p class="govuk-body-s govuk-!-margin-bottom-1">{wibStamp(lang, e.at)}</p>
              {e.note ? <p class="govuk-body sp-prewrap">{eventNote(lang, e)}</p> : null}
            </li>
          ))}
        </ol>

        <h2 class="govuk-heading-m">{m("yourRequest")}</h2>
        <SummaryList
          rows={[
            { key: m("name"), value: req.name },
            { key: m("details"), value: <span class="sp-prewrap">{req.details}</span> },
            { key: m("purpose"), value: <span class="sp-prewrap">{req.purpose}</span> },
            { key: m("access"), value: req.accessMethods.map((a) => codeLabel(lang, "access", a)).join(", ") },
            { key: m("copy"), value: req.copyDelivery ? codeLabel(lang, "copy", req.copyDelivery) : "—" },
            { key: m("register"), value: req.hideText ? m("register.hidden") : m("register.shown") },
          ]}
        />

        {objectionHref && req.number && req.state !== "DITARIK" ? (
          <section aria-labelledby="keberatan">
            <h2 class="govuk-heading-m" id="keberatan">
              {m("objection.heading")}
            </h2>
            <p class="govuk-body">{m("objection.text", { days: data.law.objectionWindowDays })}</p>
            <p class="govuk-body">
              <a class="govuk-link" href={objectionHref}>
                {m("objection.link")}
              </a>
            </p>
          </section>
        ) : null}

        {canTransition(req.state, "withdraw") ? (
          <WithdrawForm
            action={`${actions}/tarik`}
            csrfToken={csrfToken}
            errors={failed === "tarik" ? errors : {}}
            reason={failed === "tarik" ? values.reason : ""}
          />
        ) : null}
        <p class="govuk-body govuk-!-margin-top-6">
          <a class="govuk-link" href={href(lang, "/ppid")}>
            {m("serviceLink")}
          </a>
        </p>
      </div>
    </div>
  );
}
