/** The staff case page of an objection: summary, history, and the one next step the person may take. */
import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import {
  Button,
  ErrorSummary,
  NotificationBanner,
  Radios,
  Select,
  SummaryList,
  Textarea,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import type { Objection } from "../case.ts";
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
  can: { desk: boolean; decide: boolean };
  /** The Atasan's decision is past due (a dispute may be recorded without one). */
  overdue: boolean;
}

const DATE_FIELDS = [
  ["filedOn", "Tanggal pengajuan ke Komisi Informasi"],
  ["mediasiOn", "Tanggal mediasi"],
  ["ajudikasiOn", "Tanggal sidang ajudikasi"],
  ["putusanOn", "Tanggal putusan"],
  ["selesaiOn", "Tanggal selesai"],
] as const;

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
  const val = (name: string, fallback: string | null | undefined) => values[name] ?? fallback ?? "";
  const showSengketa =
    v.can.desk && (k.state === "SENGKETA" || (v.overdue && (k.state === "TERREGISTRASI" || k.state === "DITERUSKAN_KE_ATASAN")));
  return (
    <>
      <StaffCrumbs />
      <ErrorSummary errors={errors} lang={lang} />
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
          <Textarea
            name="note"
            label="Catatan untuk Atasan PPID (tidak wajib)"
            value={val("note", "")}
            error={errors.note}
            rows={3}
            lang={lang}
          />
          <Button>{t(lang, "keb.staff.forward")}</Button>
        </form>
      ) : null}

      {k.state === "DITERUSKAN_KE_ATASAN" ? (
        v.can.decide ? (
          <form method="post" action={`${base}/putuskan`} novalidate class="sp-section">
            {csrf}
            <h2 class="govuk-heading-m">{t(lang, "keb.staff.decide")}</h2>
            <Radios
              name="decision"
              legend="Keputusan"
              legendSize="s"
              value={values.decision}
              error={errors.decision}
              lang={lang}
              items={Object.entries(DECISION_LABEL).map(([value, label]) => ({ value, label }))}
            />
            <Textarea
              name="decisionText"
              label="Pertimbangan tertulis"
              hint="Dicetak dalam surat tanggapan yang dikirim kepada pemohon."
              value={val("decisionText", "")}
              error={errors.decisionText}
              rows={8}
              lang={lang}
            />
            <TextInput
              name="position"
              label="Jabatan Atasan PPID"
              value={val("position", "Sekretaris Daerah Kabupaten Lebong")}
              error={errors.position}
              lang={lang}
            />
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
            name="response"
            legend={t(lang, "keb.staff.response")}
            legendSize="m"
            hint="Bila pemohon menyampaikannya di loket, lewat surat, atau telepon. Pemohon juga dapat mencatatnya sendiri di halaman pelacakan."
            value={values.response}
            error={errors.response}
            lang={lang}
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
          {DATE_FIELDS.map(([name, label]) => (
            <TextInput
              name={name}
              label={label}
              hint="Format TTTT-BB-HH, misalnya 2026-07-20"
              value={val(name, s?.[name])}
              error={errors[name]}
              width={10}
              lang={lang}
            />
          ))}
          <TextInput
            name="registerNumber"
            label="Nomor register sengketa di Komisi Informasi"
            value={val("registerNumber", s?.registerNumber)}
            error={errors.registerNumber}
            lang={lang}
          />
          <Select
            name="stage"
            label="Tahap"
            value={val("stage", s?.stage ?? "mediasi")}
            error={errors.stage}
            items={SENGKETA_STAGES.map((x) => ({ value: x, label: STAGE_LABEL[x] }))}
            lang={lang}
          />
          <Select
            name="result"
            label="Hasil (bila sudah ada)"
            value={val("result", s?.result)}
            error={errors.result}
            items={[{ value: "", label: "Belum ada" }, ...SENGKETA_RESULTS.map((x) => ({ value: x, label: RESULT_LABEL[x] }))]}
            lang={lang}
          />
          <Textarea
            name="outcome"
            label="Amar putusan atau isi kesepakatan"
            value={val("outcome", s?.outcome)}
            error={errors.outcome}
            rows={4}
            lang={lang}
          />
          <h3 class="govuk-heading-s">Keberatan atas putusan Komisi Informasi di pengadilan</h3>
          <Select
            name="courtType"
            label="Pengadilan"
            value={val("courtType", s?.courtType)}
            error={errors.courtType}
            items={[
              { value: "", label: "Tidak ada" },
              { value: "ptun", label: "Pengadilan Tata Usaha Negara (PTUN)" },
              { value: "pn", label: "Pengadilan Negeri (PN)" },
            ]}
            lang={lang}
          />
          <TextInput
            name="courtFiledOn"
            label="Tanggal gugatan didaftarkan"
            hint="Format TTTT-BB-HH"
            value={val("courtFiledOn", s?.courtFiledOn)}
            error={errors.courtFiledOn}
            width={10}
            lang={lang}
          />
          <TextInput
            name="courtRegisterNumber"
            label="Nomor perkara"
            value={val("courtRegisterNumber", s?.courtRegisterNumber)}
            error={errors.courtRegisterNumber}
            lang={lang}
          />
          <TextInput
            name="courtDecidedOn"
            label="Tanggal putusan pengadilan"
            hint="Format TTTT-BB-HH"
            value={val("courtDecidedOn", s?.courtDecidedOn)}
            error={errors.courtDecidedOn}
            width={10}
            lang={lang}
          />
          <Textarea
            name="courtOutcome"
            label="Putusan pengadilan"
            value={val("courtOutcome", s?.courtOutcome)}
            error={errors.courtOutcome}
            rows={3}
            lang={lang}
          />
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
