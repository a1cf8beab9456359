import { formatCivilDate, jakartaDate } from "../../../../platform/calendar/index.ts";
import { Button, ErrorSummary, Textarea } from "../../../../platform/ui/components/index.ts";
import type { CaseData } from "../queries.ts";
import { FileField } from "./FileField.tsx";

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
  const c = data.clarification;
  if (!c) return null;
  return (
    <section aria-labelledby="kelengkapan" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id="kelengkapan">
        PPID meminta kelengkapan permohonan
      </h2>
      <ErrorSummary errors={{ answer: errors.answer, file: errors.file }} />
      <p class="govuk-body">
        Diminta pada {formatCivilDate("id", jakartaDate(c.at))}. Pertanyaan atau kekurangan yang perlu Anda lengkapi:
      </p>
      <div class="govuk-inset-text">{c.question ?? "Lihat surel dari PPID untuk rinciannya."}</div>
      <p class="govuk-body">
        Waktu pelayanan berhenti sampai jawaban Anda diterima, lalu{" "}
        {data.law.clarification === "restart"
          ? `dihitung kembali dari awal (${data.law.responseDays} hari kerja)`
          : "dilanjutkan dengan sisa harinya"}
        .
      </p>
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <Csrf token={csrfToken} />
        <Textarea name="answer" label="Jawaban atau kelengkapan Anda" value={answer} error={errors.answer} rows={5} />
        <FileField
          name="file"
          label="Lampiran (tidak wajib)"
          hint="PDF, JPG, atau PNG, paling besar 5 MB. Jika ada kesalahan pada isian, berkas perlu dipilih kembali."
          error={errors.file}
        />
        <Button>Kirim kelengkapan</Button>
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
  return (
    <section aria-labelledby="tarik">
      <h2 class="govuk-heading-m" id="tarik">
        Tarik permohonan
      </h2>
      <ErrorSummary errors={{ reason: errors.reason }} />
      <p class="govuk-body">
        Jika Anda tidak lagi membutuhkan informasi ini, Anda dapat menarik permohonan sebelum PPID memberi pemberitahuan tertulis.
        Permohonan yang ditarik tidak diproses lebih lanjut dan tidak dapat dibuka kembali; Anda dapat mengajukan permohonan baru kapan
        saja.
      </p>
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Textarea name="reason" label="Alasan (tidak wajib)" value={reason} error={errors.reason} rows={3} />
        <Button variant="warning">Tarik permohonan</Button>
      </form>
    </section>
  );
}
