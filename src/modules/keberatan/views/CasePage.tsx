/** The staff case page of an objection: summary, history, and the one next step the person may take. */
import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import {
  Button,
  DateInput,
  ErrorSummary,
  NotificationBanner,
  Radios,
  Select,
  SummaryList,
  Textarea,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import type { Objection } from "../case.ts";
import { dateParts, SENGKETA_DATE_LABEL, SENGKETA_DATES, type SengketaDate } from "../forms.ts";
import { DECISION_LABEL } from "../letters.ts";
import type { keberatanEvents, sengketa } from "../schema.ts";
import { SENGKETA_RESULTS, SENGKETA_STAGES } from "../schema.ts";
import { day, ObjectionSummary, Timeline } from "./parts.tsx";
import { StaffCrumbs } from "./StaffPages.tsx";
import "../messages.ts";

export const STAGE_LABEL: Record<string, string> = {
  mediasi: "Mediasi",
  ajudikasi: "Ajudikasi non-litigasi",
  putusan: "Putusan",
  selesai: "Selesai",
};
export const RESULT_LABEL: Record<string, string> = {
  mediasi_berhasil: "Mediasi berhasil (kesepakatan)",
  dikabulkan_seluruhnya: "Permohonan dikabulkan seluruhnya",
  dikabulkan_sebagian: "Permohonan dikabulkan sebagian",
  ditolak: "Permohonan ditolak",
  tidak_dapat_diterima: "Permohonan tidak dapat diterima (gugur)",
  dicabut: "Permohonan dicabut",
};

export interface CaseView {
  k: Objection;
  request: { id: string; number: string | null; details: string };
  events: (typeof keberatanEvents.$inferSelect)[];
  sengketa: typeof sengketa.$inferSelect | null;
  dispute: { lastDay: string; basis: "decision" | "no_decision"; open: boolean } | null;
  /** law.disputeWindowDays */
  disputeWindowDays: number;
  can: { desk: boolean; decide: boolean };
  /** The Atasan's decision is past due (a dispute may be recorded without one). */
  overdue: boolean;
}

/** Error summary links of the dispute dates go to their day box. */
const DATE_TARGETS = Object.fromEntries(SENGKETA_DATES.map((n) => [n, `${n}-day`]));

export function CasePage({
  v,
  errors = {},
  values = {},
  saved,
}: {
  v: CaseView;
  errors?: FieldErrors;
  values?: Record<string, string>;
  saved?: boolean;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = <input type="hidden" name="_csrf" value={c.get("actor")?.csrfToken ?? ""} />;
  const { k } = v;
  const base = href(lang, `/ppid/kelola/keberatan/${k.id}`);
  const s = v.sengketa;
  /** The name, typed (or stored) value, error and language of one field of the page's forms. */
  const field = (name: string, stored?: string | null) => ({ name, value: values[name] ?? stored ?? "", error: errors[name], lang });
  /** The same for a dispute date: its three boxes as typed, or the stored date split. */
  const date = (name: SengketaDate) => {
    const typed = ["day", "month", "year"].some((x) => values[`${name}-${x}`] !== undefined);
    const value = typed
      ? { day: values[`${name}-day`] ?? "", month: values[`${name}-month`] ?? "", year: values[`${name}-year`] ?? "" }
      : dateParts(s?.[name]);
    return { name, legend: SENGKETA_DATE_LABEL[name], legendSize: "s" as const, value, error: errors[name], lang };
  };
  const showSengketa =
    v.can.desk && (k.state === "SENGKETA" || (v.overdue && (k.state === "TERREGISTRASI" || k.state === "DITERUSKAN_KE_ATASAN")));
  return (
    <>
      <StaffCrumbs />
      <ErrorSummary errors={errors} targets={DATE_TARGETS} lang={lang} />
      {saved ? <NotificationBanner type="success" heading="Disimpan." lang={lang} /> : null}
      <span class="govuk-caption-l">Keberatan</span>
      <h1 class="govuk-heading-l">{k.number}</h1>
      <ObjectionSummary k={k} requestNumber={v.request.number} />
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, `/ppid/kelola/permohonan/${v.request.id}`)}>
          Buka permohonan {v.request.number}
        </a>
        {k.receiptDocId ? (
          <>
            {" · "}
            <a class="govuk-link" href={href(lang, `/verifikasi/${k.receiptDocId}/berkas`)}>
              Tanda terima (PDF)
            </a>
          </>
        ) : null}
        {k.decisionDocId ? (
          <>
            {" · "}
            <a class="govuk-link" href={href(lang, `/verifikasi/${k.decisionDocId}/berkas`)}>
              Surat tanggapan Atasan PPID (PDF)
            </a>
          </>
        ) : null}
      </p>
      {v.dispute ? (
        <div class="govuk-inset-text">
          Batas pengajuan sengketa ke Komisi Informasi: <strong>{day(v.dispute.lastDay)}</strong>
          {v.dispute.basis === "decision" ? " (sejak tanggapan Atasan PPID)." : " (tanggapan Atasan PPID tidak ada sampai batas waktunya)."}
        </div>
      ) : null}

      {k.state === "TERREGISTRASI" && v.can.desk ? (
        <form method="post" action={`${base}/teruskan`} novalidate class="sp-section">
          {csrf}
          <h2 class="govuk-heading-m">{t(lang, "keb.staff.forward")}</h2>
          <Textarea {...field("note")} label="Catatan untuk Atasan PPID (tidak wajib)" rows={3} />
          <Button>{t(lang, "keb.staff.forward")}</Button>
        </form>
      ) : null}

      {k.state === "DITERUSKAN_KE_ATASAN" ? (
        v.can.decide ? (
          <form method="post" action={`${base}/putuskan`} novalidate class="sp-section">
            {csrf}
            <h2 class="govuk-heading-m">{t(lang, "keb.staff.decide")}</h2>
            <Radios
              {...field("decision")}
              legend="Keputusan"
              legendSize="s"
              items={Object.entries(DECISION_LABEL).map(([value, label]) => ({ value, label }))}
            />
            <Textarea
              {...field("decisionText")}
              label="Pertimbangan tertulis"
              hint="Dicetak dalam surat tanggapan yang dikirim kepada pemohon."
              rows={8}
            />
            <TextInput {...field("position", "Sekretaris Daerah Kabupaten Lebong")} label="Jabatan Atasan PPID" />
            <Button>Tetapkan dan kirim surat tanggapan</Button>
          </form>
        ) : (
          <p class="govuk-body">Menunggu keputusan Atasan PPID (batas waktu {day(k.dueOn)}).</p>
        )
      ) : null}

      {k.state === "DIPUTUS" && v.can.desk ? (
        <form method="post" action={`${base}/tanggapan`} novalidate class="sp-section">
          {csrf}
          <Radios
            {...field("response")}
            legend={t(lang, "keb.staff.response")}
            legendSize="m"
            hint="Bila pemohon menyampaikannya di loket, lewat surat, atau telepon. Pemohon juga dapat mencatatnya sendiri di halaman pelacakan."
            items={[
              { value: "puas", label: "Puas (keberatan selesai)" },
              { value: "tidak_puas", label: "Tidak puas (sengketa informasi)" },
            ]}
          />
          <Button>{t(lang, "keb.save")}</Button>
        </form>
      ) : null}

      {showSengketa ? (
        <form method="post" action={`${base}/sengketa`} novalidate class="sp-section">
          {csrf}
          <h2 class="govuk-heading-m">{t(lang, "keb.staff.sengketa")}</h2>
          {v.dispute ? (
            <p class="govuk-body">
              Sengketa diajukan paling lambat {day(v.dispute.lastDay)} ({v.disputeWindowDays} hari kerja{" "}
              {v.dispute.basis === "decision" ? "sejak tanggapan Atasan PPID" : "sejak batas waktu tanggapan Atasan PPID lewat"}).
            </p>
          ) : null}
          <DateInput {...date("filedOn")} hint="Tanggal permohonan penyelesaian sengketa diterima Komisi Informasi. Contoh: 20 7 2026" />
          <TextInput {...field("registerNumber", s?.registerNumber)} label="Nomor register sengketa di Komisi Informasi" />
          <Select
            {...field("stage", s?.stage ?? "mediasi")}
            label="Tahap"
            items={SENGKETA_STAGES.map((x) => ({ value: x, label: STAGE_LABEL[x] }))}
          />
          <DateInput {...date("mediasiOn")} />
          <DateInput {...date("ajudikasiOn")} />
          <DateInput {...date("putusanOn")} hint="Wajib bila tahapnya putusan." />
          <DateInput {...date("selesaiOn")} />
          <Select
            {...field("result", s?.result)}
            label="Hasil (bila sudah ada)"
            items={[{ value: "", label: "Belum ada" }, ...SENGKETA_RESULTS.map((x) => ({ value: x, label: RESULT_LABEL[x] }))]}
          />
          <Textarea {...field("outcome", s?.outcome)} label="Amar putusan atau isi kesepakatan" rows={4} />
          <h3 class="govuk-heading-s">Keberatan atas putusan Komisi Informasi di pengadilan</h3>
          <Select
            {...field("courtType", s?.courtType)}
            label="Pengadilan"
            items={[
              { value: "", label: "Tidak ada" },
              { value: "ptun", label: "Pengadilan Tata Usaha Negara (PTUN)" },
              { value: "pn", label: "Pengadilan Negeri (PN)" },
            ]}
          />
          <DateInput {...date("courtFiledOn")} />
          <TextInput {...field("courtRegisterNumber", s?.courtRegisterNumber)} label="Nomor perkara" />
          <DateInput {...date("courtDecidedOn")} />
          <Textarea {...field("courtOutcome", s?.courtOutcome)} label="Putusan pengadilan" rows={3} />
          <Button>{t(lang, "keb.save")}</Button>
        </form>
      ) : null}

      {s ? (
        <SummaryList
          rows={[
            { key: "Sengketa: tahap", value: STAGE_LABEL[s.stage] },
            { key: "Diajukan ke Komisi Informasi", value: day(s.filedOn) },
            { key: "Hasil", value: s.result ? RESULT_LABEL[s.result] : "—" },
          ]}
        />
      ) : null}

      <h2 class="govuk-heading-m">{t(lang, "keb.history")}</h2>
      <Timeline events={v.events} />
    </>
  );
}
