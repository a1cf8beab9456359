import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href } from "../../../../platform/i18n/index.ts";
import { ErrorSummary, NotificationBanner, SummaryList, Tag, type TagColour } from "../../../../platform/ui/components/index.ts";
import { ACCESS_METHOD_LABEL, COPY_DELIVERY_LABEL } from "../../labels.ts";
import { canTransition, DECISION_LABEL, STATE_LABEL, type State } from "../../states.ts";
import type { CaseData } from "../queries.ts";
import { ClarificationForm, WithdrawForm } from "./CaseForms.tsx";
import { ClockExplanation } from "./ClockExplanation.tsx";
import { eventLabel, FILE_PURPOSE_LABEL, kb, wibStamp } from "./text.ts";

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

const DONE: Record<string, string> = {
  ditarik: "Permohonan Anda telah ditarik.",
  kelengkapan: "Kelengkapan Anda telah diterima. Waktu pelayanan dihitung kembali.",
};

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
  const { req, clock } = data;
  const docs = [
    ...(req.receiptDocId ? [{ label: "Tanda bukti permohonan (PDF)", href: href(lang, `/verifikasi/${req.receiptDocId}/berkas`) }] : []),
    ...(req.noticeDocId ? [{ label: "Pemberitahuan tertulis (PDF)", href: href(lang, `/verifikasi/${req.noticeDocId}/berkas`) }] : []),
    ...data.files.map((f) => ({
      label: `${FILE_PURPOSE_LABEL[f.purpose] ?? f.purpose}: ${f.name} (${kb(f.size)})`,
      href: href(lang, `${base}/berkas/${f.id}`),
    })),
  ];
  const dueRow =
    clock?.status === "paused"
      ? "Berhenti sementara: menunggu kelengkapan dari Anda"
      : req.dueOn
        ? `${formatCivilDate("id", req.dueOn)}${req.extended ? " (sudah diperpanjang)" : ""}`
        : "—";
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {done && DONE[done] ? <NotificationBanner type="success" heading={DONE[done]} /> : null}
        {/* A step the state no longer allows (e.g. already withdrawn or decided). */}
        <ErrorSummary errors={{ state: errors.state }} targets={{ state: "status" }} />
        <span class="govuk-caption-l">Permohonan informasi</span>
        <h1 class="govuk-heading-xl">{req.number ?? "Menunggu registrasi"}</h1>
        <p class="govuk-body" id="status">
          <Tag colour={STATE_COLOUR[req.state]}>{STATE_LABEL[req.state]}</Tag>
        </p>
        <SummaryList
          rows={[
            ...(req.letterNumber ? [{ key: "Nomor surat", value: req.letterNumber }] : []),
            { key: "Diterima", value: wibStamp(req.receivedAt) },
            {
              key: req.decidedAt ? "Batas waktu pemberitahuan tertulis (waktu itu)" : "Batas waktu pemberitahuan tertulis",
              value: dueRow,
            },
            ...(req.decidedAt ? [{ key: "Pemberitahuan tertulis dikirim", value: wibStamp(req.decidedAt) }] : []),
            ...(req.decision ? [{ key: "Keputusan", value: DECISION_LABEL[req.decision] }] : []),
            ...(data.objectionDue
              ? [
                  {
                    key: "Batas akhir mengajukan keberatan",
                    value: `${formatCivilDate("id", data.objectionDue)} (${data.law.objectionWindowDays} hari kerja sejak pemberitahuan tertulis)`,
                  },
                ]
              : []),
            ...(req.withdrawnAt ? [{ key: "Ditarik", value: wibStamp(req.withdrawnAt) }] : []),
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

        <h2 class="govuk-heading-m">Dokumen</h2>
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
          <p class="govuk-body">Tanda bukti permohonan sedang dibuat. Muat ulang halaman ini sebentar lagi.</p>
        )}

        <ClockExplanation data={data} />

        <h2 class="govuk-heading-m">Riwayat permohonan</h2>
        <ol class="govuk-list sp-timeline">
          {data.events.map((e) => (
            <li class="govuk-!-margin-bottom-4">
              <p class="govuk-body govuk-!-margin-bottom-1">
                <strong>{eventLabel(e.kind)}</strong>
                {e.kind === "registered" && typeof e.data.number === "string" ? ` dengan nomor ${e.data.number}` : ""}
              </p>
              <p class="govuk-body-s govuk-!-margin-bottom-1">{wibStamp(e.at)}</p>
              {e.note ? <p class="govuk-body sp-prewrap">{e.note}</p> : null}
            </li>
          ))}
        </ol>

        <h2 class="govuk-heading-m">Permohonan Anda</h2>
        <SummaryList
          rows={[
            { key: "Nama pemohon", value: req.name },
            { key: "Rincian informasi", value: <span class="sp-prewrap">{req.details}</span> },
            { key: "Tujuan penggunaan", value: <span class="sp-prewrap">{req.purpose}</span> },
            { key: "Cara memperoleh", value: req.accessMethods.map((m) => ACCESS_METHOD_LABEL[m] ?? m).join(", ") },
            { key: "Cara mendapatkan salinan", value: req.copyDelivery ? COPY_DELIVERY_LABEL[req.copyDelivery] : "—" },
            { key: "Di register publik", value: req.hideText ? "Rincian disembunyikan" : "Rincian ditampilkan tanpa identitas Anda" },
          ]}
        />

        {objectionHref && req.number && req.state !== "DITARIK" ? (
          <section aria-labelledby="keberatan">
            <h2 class="govuk-heading-m" id="keberatan">
              Tidak puas?
            </h2>
            <p class="govuk-body">
              Jika permohonan Anda ditolak, tidak ditanggapi, tidak dijawab dalam batas waktu, dikenai biaya yang tidak wajar, atau Anda
              tidak puas dengan jawabannya, Anda dapat mengajukan keberatan kepada Atasan PPID paling lambat {data.law.objectionWindowDays}{" "}
              hari kerja sejak alasannya muncul.
            </p>
            <p class="govuk-body">
              <a class="govuk-link" href={objectionHref}>
                Ajukan keberatan
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
            Layanan informasi publik
          </a>
        </p>
      </div>
    </div>
  );
}
