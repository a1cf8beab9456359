/** View pieces shared by the requester's and the staff's objection pages. */
import { formatCivilDate, wibStamp } from "../../../platform/calendar/index.ts";
import type { Lang } from "../../../platform/i18n/index.ts";
import { Checkboxes, SummaryList, Tag, type TagColour } from "../../../platform/ui/components/index.ts";
import type { Law } from "../../ppid/index.ts";
import { OBJECTION_STATE_LABEL, type Objection } from "../case.ts";
import { DECISION_LABEL } from "../letters.ts";
import { REASON_LABEL, type ReasonWindow } from "../reasons.ts";
import type { keberatanEvents, Reason } from "../schema.ts";

/** The law data the objection pages print (working days; loadLaw, never constants). */
export type LawDays = Pick<Law, "objectionWindowDays" | "atasanDecisionDays" | "disputeWindowDays">;

export const day = (d: string | null | undefined, lang: Lang = "id") => (d ? formatCivilDate(lang, d) : "—");
export const stamp = (d: Date | null | undefined, lang: Lang = "id") => (d ? wibStamp(lang, d) : "—");

/** The Indonesian text, or its English where the page is in English. */
export const say = (lang: Lang, id: string, en: string) => (lang === "en" ? en : id);

const STATE_LABEL_EN: Record<Objection["state"], string> = {
  DIAJUKAN: "Submitted",
  TERREGISTRASI: "Registered",
  DITERUSKAN_KE_ATASAN: "Forwarded to the PPID's superior",
  DIPUTUS: "Decided by the PPID's superior",
  SELESAI: "Closed (requester satisfied)",
  SENGKETA: "Dispute at the Information Commission",
};

/** Pasal 35(1) a–g in English (the Indonesian wording is the law's). */
const REASON_LABEL_EN: Record<Reason, string> = {
  a: "The request was refused on an exemption ground (Article 17)",
  b: "Periodic information (Article 9) was not provided",
  c: "The request was not answered",
  d: "The request was answered other than as asked",
  e: "The request was not fulfilled",
  f: "Unreasonable fees were charged",
  g: "The information was delivered later than the law allows",
};

const DECISION_LABEL_EN: Record<string, string> = {
  dikabulkan: "Objection upheld",
  dikabulkan_sebagian: "Objection partly upheld",
  ditolak: "Objection rejected",
};

export const reasonLabel = (lang: Lang, r: Reason) => (lang === "en" ? REASON_LABEL_EN[r] : REASON_LABEL[r]);

const STATE_COLOUR: Record<Objection["state"], TagColour> = {
  DIAJUKAN: "grey",
  TERREGISTRASI: "blue",
  DITERUSKAN_KE_ATASAN: "purple",
  DIPUTUS: "teal",
  SELESAI: "green",
  SENGKETA: "orange",
};

export function StateTag({ state, lang = "id" }: { state: Objection["state"]; lang?: Lang }) {
  return <Tag colour={STATE_COLOUR[state]}>{lang === "en" ? STATE_LABEL_EN[state] : OBJECTION_STATE_LABEL[state]}</Tag>;
}

/**
 * The reason checkboxes: only open reasons can be ticked; the others are listed
 * below them as text saying why not (not yet, or the last day passed). Not as
 * disabled checkboxes: greyed-out text fails contrast and is skipped by many
 * screen readers.
 */
export function ReasonChoices({
  windows,
  windowDays,
  values,
  error,
  lang,
}: {
  windows: ReasonWindow[];
  /** law.objectionWindowDays */
  windowDays: number;
  values: string[];
  error?: string;
  lang: Lang;
}) {
  const open = windows.filter((w) => w.status === "open");
  const other = windows.filter((w) => w.status !== "open");
  const legend = say(
    lang,
    "Alasan pengajuan keberatan (UU 14/2008 Pasal 35 ayat (1))",
    "Grounds for the objection (Law 14/2008 Article 35(1))",
  );
  return (
    <>
      {open.length ? (
        <Checkboxes
          name="reasons"
          legend={legend}
          legendSize="m"
          hint={say(
            lang,
            `Pilih satu alasan atau lebih. Setiap alasan dapat diajukan paling lambat ${windowDays} hari kerja sejak alasan itu terjadi; batasnya diperiksa pada tanggal keberatan diterima.`,
            `Choose one or more. Each ground can be raised within ${windowDays} working days of the day it arose, counted to the day the objection is received.`,
          )}
          error={error}
          values={values}
          lang={lang}
          items={open.map((w) => ({
            value: w.reason,
            label: `(${w.reason}) ${reasonLabel(lang, w.reason)}`,
            hint: w.lastDay
              ? say(lang, `Dapat diajukan sampai ${day(w.lastDay)}.`, `Can be raised until ${day(w.lastDay, lang)}.`)
              : undefined,
          }))}
        />
      ) : (
        <div class="govuk-form-group">
          <h2 class="govuk-heading-m">{legend}</h2>
          <p class="govuk-body" id="reasons">
            {say(
              lang,
              "Saat ini tidak ada alasan keberatan yang dapat diajukan untuk permohonan ini.",
              "No ground for an objection can be raised for this request at the moment.",
            )}
          </p>
        </div>
      )}
      {other.length ? (
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">
              {say(lang, "Alasan lain yang belum atau tidak lagi dapat diajukan", "Other grounds, not yet or no longer open")} (
              {other.length})
            </span>
          </summary>
          <div class="govuk-details__text">
            <ul class="govuk-list govuk-list--spaced">
              {other.map((w) => (
                <li>
                  <strong>
                    ({w.reason}) {reasonLabel(lang, w.reason)}
                  </strong>
                  <br />
                  {w.status === "closed"
                    ? say(
                        lang,
                        `Batas pengajuan untuk alasan ini adalah ${day(w.lastDay)} dan sudah lewat.`,
                        `The last day for this ground was ${day(w.lastDay, lang)}; it has passed.`,
                      )
                    : lang === "en"
                      ? "This ground has not arisen."
                      : (w.why ?? "Alasan ini belum terjadi.")}
                </li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
    </>
  );
}

export function ObjectionSummary({ k, requestNumber, lang = "id" }: { k: Objection; requestNumber: string | null; lang?: Lang }) {
  const s = (id: string, en: string) => say(lang, id, en);
  return (
    <SummaryList
      rows={[
        { key: s("Nomor registrasi keberatan", "Objection number"), value: k.number },
        { key: "Status", value: <StateTag state={k.state} lang={lang} /> },
        { key: s("Permohonan informasi", "Information request"), value: requestNumber ?? "—" },
        { key: s("Diterima", "Received"), value: stamp(k.receivedAt, lang) },
        { key: s("Batas waktu tanggapan Atasan PPID", "Answer due from the PPID's superior"), value: day(k.dueOn, lang) },
        {
          key: s("Alasan", "Grounds"),
          value: (
            <ul class="govuk-list">
              {(k.reasons as Reason[]).map((r) => (
                <li>
                  ({r}) {reasonLabel(lang, r)}
                </li>
              ))}
            </ul>
          ),
        },
        { key: s("Kasus posisi", "What happened"), value: <span class="sp-prewrap">{k.kasusPosisi}</span> },
        { key: s("Tujuan penggunaan informasi", "Purpose of use"), value: k.purpose },
        { key: s("Pemohon", "Requester"), value: k.proxyName ? `${k.filerName} (${s("kuasa", "proxy")}: ${k.proxyName})` : k.filerName },
        ...(k.decision
          ? [
              {
                key: s("Keputusan Atasan PPID", "Decision of the PPID's superior"),
                value: `${lang === "en" ? DECISION_LABEL_EN[k.decision] : DECISION_LABEL[k.decision]} — ${stamp(k.decidedAt, lang)}`,
              },
              { key: s("Pertimbangan", "Reasons"), value: <span class="sp-prewrap">{k.decisionText}</span> },
              { key: s("Atasan PPID", "PPID's superior"), value: [k.decidedByName, k.decidedByPosition].filter(Boolean).join(", ") },
            ]
          : []),
        ...(k.requesterResponse
          ? [
              {
                key: s("Tanggapan pemohon", "Requester's answer"),
                value: k.requesterResponse === "puas" ? s("Puas", "Satisfied") : s("Tidak puas", "Not satisfied"),
              },
            ]
          : []),
      ]}
    />
  );
}

const EVENT_LABEL: Record<string, string> = {
  received: "Keberatan diterima",
  registered: "Keberatan diregistrasi",
  receipt_issued: "Tanda terima diterbitkan",
  forwarded: "Diteruskan ke Atasan PPID",
  decided: "Diputus Atasan PPID",
  accepted: "Pemohon menyatakan puas",
  not_accepted: "Pemohon menyatakan tidak puas",
  sengketa_stage: "Sengketa di Komisi Informasi",
};

const EVENT_LABEL_EN: Record<string, string> = {
  received: "Objection received",
  registered: "Objection registered",
  receipt_issued: "Receipt issued",
  forwarded: "Forwarded to the PPID's superior",
  decided: "Decided by the PPID's superior",
  accepted: "The requester is satisfied",
  not_accepted: "The requester is not satisfied",
  sengketa_stage: "Dispute at the Information Commission",
};

const STAGE_LABEL: Record<string, string> = { mediasi: "mediasi", ajudikasi: "ajudikasi", putusan: "putusan", selesai: "selesai" };
const STAGE_LABEL_EN: Record<string, string> = { mediasi: "mediation", ajudikasi: "adjudication", putusan: "decision", selesai: "closed" };

export function Timeline({ events, lang = "id" }: { events: (typeof keberatanEvents.$inferSelect)[]; lang?: Lang }) {
  const en = lang === "en";
  return (
    <ol class="govuk-list govuk-list--spaced">
      {events.map((e) => (
        <li>
          <strong>{(en ? EVENT_LABEL_EN : EVENT_LABEL)[e.kind] ?? e.kind}</strong>
          {e.kind === "sengketa_stage"
            ? `: ${en ? "stage" : "tahap"} ${(en ? STAGE_LABEL_EN : STAGE_LABEL)[String(e.data.stage)] ?? ""}`
            : ""}
          <br />
          <span class="govuk-body-s">
            {stamp(e.at, lang)} · {e.actorName}
          </span>
          {e.note ? <p class="govuk-body-s govuk-!-margin-bottom-0">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
