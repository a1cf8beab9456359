/** View pieces shared by the requester's and the staff's objection pages. */
import { formatCivilDate, jakartaDate, jakartaTime } from "../../../platform/calendar/index.ts";
import type { Lang } from "../../../platform/i18n/index.ts";
import { Checkboxes, SummaryList, Tag, type TagColour } from "../../../platform/ui/components/index.ts";
import type { Law } from "../../ppid/index.ts";
import { OBJECTION_STATE_LABEL, type Objection } from "../case.ts";
import { DECISION_LABEL } from "../letters.ts";
import { REASON_LABEL, type ReasonWindow } from "../reasons.ts";
import type { keberatanEvents, Reason } from "../schema.ts";

/** The law data the objection pages print (working days; loadLaw, never constants). */
export type LawDays = Pick<Law, "objectionWindowDays" | "atasanDecisionDays" | "disputeWindowDays">;

export const day = (d: string | null | undefined) => (d ? formatCivilDate("id", d) : "—");
export const stamp = (d: Date | null | undefined) =>
  d ? `${formatCivilDate("id", jakartaDate(d))} pukul ${jakartaTime(d).replace(":", ".")} WIB` : "—";

const STATE_COLOUR: Record<Objection["state"], TagColour> = {
  DIAJUKAN: "grey",
  TERREGISTRASI: "blue",
  DITERUSKAN_KE_ATASAN: "purple",
  DIPUTUS: "teal",
  SELESAI: "green",
  SENGKETA: "orange",
};

export function StateTag({ state }: { state: Objection["state"] }) {
  return <Tag colour={STATE_COLOUR[state]}>{OBJECTION_STATE_LABEL[state]}</Tag>;
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
  const legend = "Alasan pengajuan keberatan (UU 14/2008 Pasal 35 ayat (1))";
  return (
    <>
      {open.length ? (
        <Checkboxes
          name="reasons"
          legend={legend}
          legendSize="m"
          hint={`Pilih satu alasan atau lebih. Setiap alasan dapat diajukan paling lambat ${windowDays} hari kerja sejak alasan itu terjadi; batasnya diperiksa pada tanggal keberatan diterima.`}
          error={error}
          values={values}
          lang={lang}
          items={open.map((w) => ({
            value: w.reason,
            label: `(${w.reason}) ${REASON_LABEL[w.reason]}`,
            hint: w.lastDay ? `Dapat diajukan sampai ${day(w.lastDay)}.` : undefined,
          }))}
        />
      ) : (
        <div class="govuk-form-group">
          <h2 class="govuk-heading-m">{legend}</h2>
          <p class="govuk-body" id="reasons">
            Saat ini tidak ada alasan keberatan yang dapat diajukan untuk permohonan ini.
          </p>
        </div>
      )}
      {other.length ? (
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">Alasan lain yang belum atau tidak lagi dapat diajukan ({other.length})</span>
          </summary>
          <div class="govuk-details__text">
            <ul class="govuk-list govuk-list--spaced">
              {other.map((w) => (
                <li>
                  <strong>
                    ({w.reason}) {REASON_LABEL[w.reason]}
                  </strong>
                  <br />
                  {w.status === "closed"
                    ? `Batas pengajuan untuk alasan ini adalah ${day(w.lastDay)} dan sudah lewat.`
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

export function ObjectionSummary({ k, requestNumber }: { k: Objection; requestNumber: string | null }) {
  return (
    <SummaryList
      rows={[
        { key: "Nomor registrasi keberatan", value: k.number },
        { key: "Status", value: <StateTag state={k.state} /> },
        { key: "Permohonan informasi", value: requestNumber ?? "—" },
        { key: "Diterima", value: stamp(k.receivedAt) },
        { key: "Batas waktu tanggapan Atasan PPID", value: day(k.dueOn) },
        {
          key: "Alasan",
          value: (
            <ul class="govuk-list">
              {(k.reasons as Reason[]).map((r) => (
                <li>
                  ({r}) {REASON_LABEL[r]}
                </li>
              ))}
            </ul>
          ),
        },
        { key: "Kasus posisi", value: <span class="sp-prewrap">{k.kasusPosisi}</span> },
        { key: "Tujuan penggunaan informasi", value: k.purpose },
        { key: "Pemohon", value: k.proxyName ? `${k.filerName} (kuasa: ${k.proxyName})` : k.filerName },
        ...(k.decision
          ? [
              { key: "Keputusan Atasan PPID", value: `${DECISION_LABEL[k.decision]} — ${stamp(k.decidedAt)}` },
              { key: "Pertimbangan", value: <span class="sp-prewrap">{k.decisionText}</span> },
              { key: "Atasan PPID", value: [k.decidedByName, k.decidedByPosition].filter(Boolean).join(", ") },
            ]
          : []),
        ...(k.requesterResponse ? [{ key: "Tanggapan pemohon", value: k.requesterResponse === "puas" ? "Puas" : "Tidak puas" }] : []),
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

const STAGE_LABEL: Record<string, string> = { mediasi: "mediasi", ajudikasi: "ajudikasi", putusan: "putusan", selesai: "selesai" };

export function Timeline({ events }: { events: (typeof keberatanEvents.$inferSelect)[] }) {
  return (
    <ol class="govuk-list govuk-list--spaced">
      {events.map((e) => (
        <li>
          <strong>{EVENT_LABEL[e.kind] ?? e.kind}</strong>
          {e.kind === "sengketa_stage" ? `: tahap ${STAGE_LABEL[String(e.data.stage)] ?? ""}` : ""}
          <br />
          <span class="govuk-body-s">
            {stamp(e.at)} · {e.actorName}
          </span>
          {e.note ? <p class="govuk-body-s govuk-!-margin-bottom-0">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
