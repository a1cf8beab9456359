/** The actions on a request that can work now for this person: one small form each. */
import type { Child } from "hono/jsx";
import type { FieldErrors } from "../../../../platform/http/errors.ts";
import { href, type Lang } from "../../../../platform/i18n/index.ts";
import { Button, DateInput, Select, Textarea, TextInput } from "../../../../platform/ui/components/index.ts";
import type { CaseData } from "../caseData.ts";
import { civil } from "./tags.tsx";

export type ActionName = "registrasi" | "teruskan" | "kelengkapan" | "jawaban" | "perpanjang" | "serahkan" | "tutup" | "catatan";

export interface ActionState {
  /** The action whose form came back with errors. */
  failed?: ActionName;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

function ActionForm({
  id,
  title,
  action,
  csrf,
  multipart,
  children,
}: {
  id: string;
  title: string;
  action: string;
  csrf: string;
  multipart?: boolean;
  children: Child;
}) {
  return (
    <form method="post" action={action} enctype={multipart ? "multipart/form-data" : undefined} novalidate id={`form-${id}`}>
      <input type="hidden" name="_csrf" value={csrf} />
      <h3 class="govuk-heading-s">{title}</h3>
      {children}
    </form>
  );
}

function FileInput({
  name,
  id,
  label,
  hint,
  error,
  multiple,
}: {
  name: string;
  id: string;
  label: string;
  hint: string;
  error?: string;
  multiple?: boolean;
}) {
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      <div class="govuk-hint" id={`${id}-hint`}>
        {hint}
      </div>
      {error ? (
        <p class="govuk-error-message" id={`${id}-error`}>
          <span class="govuk-visually-hidden">Kesalahan:</span> {error}
        </p>
      ) : null}
      <input
        class="govuk-file-upload"
        type="file"
        id={id}
        name={name}
        multiple={multiple}
        accept=".pdf,.jpg,.jpeg,.png"
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  );
}

export function CaseActions({ data, state, csrf, lang }: { data: CaseData; state: ActionState; csrf: string; lang: Lang }) {
  const { req, actions: a } = data;
  const base = href(lang, `/ppid/kelola/permohonan/${req.id}`);
  const err = (n: ActionName) => (state.failed === n ? (state.errors ?? {}) : {});
  const val = (n: ActionName, k: string) => (state.failed === n ? (state.values?.[k] ?? "") : "");
  /** The name, id, typed value and error of one field of an action's form. */
  const field = (n: ActionName, k: string) => ({
    name: k,
    id: `${n}-${k}`,
    value: val(n, k),
    error: (err(n) as Record<string, string | undefined>)[k],
  });
  const any = Object.values(a).some(Boolean);
  if (!any) return null;
  return (
    <section aria-labelledby="tindakan">
      <h2 class="govuk-heading-m" id="tindakan">
        Tindakan
      </h2>
      {a.respond ? (
        <p class="govuk-body">
          <a class="govuk-link govuk-!-font-weight-bold" href={`${base}/tanggapan`}>
            Susun atau tinjau tanggapan (pemberitahuan tertulis)
          </a>
        </p>
      ) : null}
      {a.register ? (
        <ActionForm id="registrasi" title="Registrasi" action={`${base}/registrasi`} csrf={csrf}>
          <p class="govuk-body">
            Memberi nomor pendaftaran dan menerbitkan tanda bukti. Waktu pelayanan dihitung sejak permohonan diterima.
          </p>
          <Button>Registrasi permohonan</Button>
        </ActionForm>
      ) : null}
      {a.assign || a.reassign ? (
        <ActionForm id="teruskan" title={a.reassign ? "Alihkan ke OPD lain" : "Teruskan ke OPD"} action={`${base}/teruskan`} csrf={csrf}>
          <Select
            {...field("teruskan", "unitId")}
            label="OPD yang menguasai informasi"
            items={[{ value: "", label: "Pilih OPD" }, ...data.units.filter((u) => u.value !== req.unitId)]}
            lang={lang}
          />
          {a.reassign ? (
            <Textarea
              {...field("teruskan", "reason")}
              label="Alasan pengalihan"
              hint="Dikirim kepada pemohon dan PPID Pelaksana OPD tujuan."
              rows={3}
              lang={lang}
            />
          ) : null}
          <Button>{a.reassign ? "Alihkan" : "Teruskan"}</Button>
        </ActionForm>
      ) : null}
      {a.clarify ? (
        <ActionForm id="kelengkapan" title="Minta kelengkapan kepada pemohon" action={`${base}/kelengkapan`} csrf={csrf}>
          <Textarea
            {...field("kelengkapan", "message")}
            label="Pesan kepada pemohon"
            hint="Jelaskan apa yang perlu dilengkapi. Waktu pelayanan berhenti sampai jawaban yang lengkap diterima; pesan dikirim lewat email."
            rows={4}
            lang={lang}
          />
          <Button variant="secondary">Kirim permintaan kelengkapan</Button>
        </ActionForm>
      ) : null}
      {a.answer ? (
        <ActionForm id="jawaban" title="Catat jawaban kelengkapan" action={`${base}/jawaban`} csrf={csrf} multipart>
          <Textarea {...field("jawaban", "answer")} label="Ringkasan jawaban pemohon" rows={3} lang={lang} />
          <DateInput
            name="receivedDate"
            legend="Tanggal jawaban diterima"
            legendSize="s"
            value={{
              day: val("jawaban", "receivedDate-day"),
              month: val("jawaban", "receivedDate-month"),
              year: val("jawaban", "receivedDate-year"),
            }}
            error={err("jawaban").receivedDate}
            lang={lang}
          />
          <TextInput {...field("jawaban", "receivedTime")} label="Jam diterima (WIB)" hint="JJ:MM, misalnya 10:15" width={5} lang={lang} />
          <FileInput
            name="berkas"
            id="jawaban-berkas"
            label="Pindaian jawaban (tidak wajib)"
            hint="PDF, JPG, atau PNG, paling besar 5 MB."
            error={err("jawaban").berkas}
          />
          <Button variant="secondary">Catat jawaban</Button>
        </ActionForm>
      ) : null}
      {a.extend ? (
        <ActionForm id="perpanjang" title={`Perpanjang ${data.law.extensionDays} hari kerja`} action={`${base}/perpanjang`} csrf={csrf}>
          <p class="govuk-body">
            Hanya satu kali, paling lambat pada tanggal jatuh tempo ({civil(req.dueOn, lang)}). Alasan tertulis dikirim kepada pemohon.
          </p>
          <Textarea {...field("perpanjang", "reason")} label="Alasan perpanjangan" rows={3} lang={lang} />
          <Button variant="secondary">Perpanjang batas waktu</Button>
        </ActionForm>
      ) : null}
      {a.handOver ? (
        <ActionForm id="serahkan" title="Serahkan informasi" action={`${base}/serahkan`} csrf={csrf} multipart>
          <FileInput
            name="berkas"
            id="serahkan-berkas"
            label="Berkas informasi"
            hint="Pemohon dapat mengunduhnya lewat tautan pemantauan. PDF, JPG, atau PNG, paling besar 5 MB per berkas; boleh lebih dari satu."
            error={err("serahkan").berkas}
            multiple
          />
          <Textarea
            {...field("serahkan", "references")}
            label="Rujukan dokumen yang telah diumumkan (tidak wajib)"
            hint='Satu dokumen per baris: judul | alamat, misalnya "LKPD 2025 | https://lebongkab.go.id/dokumen/lkpd-2025.pdf".'
            rows={3}
            lang={lang}
          />
          <TextInput
            {...field("serahkan", "fee")}
            label="Biaya salinan (rupiah)"
            hint="Kosongkan bila tanpa biaya."
            inputmode="numeric"
            width={10}
            lang={lang}
          />
          <Textarea
            {...field("serahkan", "paymentNote")}
            label="Keterangan pembayaran"
            hint="Wajib bila ada biaya: cara dan tempat membayar."
            rows={2}
            lang={lang}
          />
          <Textarea
            {...field("serahkan", "note")}
            label="Keterangan penyerahan (tidak wajib)"
            hint="Misalnya: informasi diperlihatkan langsung di ruang PPID."
            rows={2}
            lang={lang}
          />
          <Button>Serahkan informasi</Button>
        </ActionForm>
      ) : null}
      {a.close ? (
        <ActionForm id="tutup" title="Tutup permohonan" action={`${base}/tutup`} csrf={csrf}>
          <Textarea {...field("tutup", "note")} label="Catatan penutupan (tidak wajib)" rows={2} lang={lang} />
          <Button variant="secondary">Tandai selesai</Button>
        </ActionForm>
      ) : null}
      {a.note ? (
        <ActionForm id="catatan" title="Catatan internal" action={`${base}/catatan`} csrf={csrf}>
          <Textarea
            {...field("catatan", "note")}
            label="Catatan"
            hint="Hanya terlihat oleh petugas; tidak dikirim kepada pemohon."
            rows={3}
            lang={lang}
          />
          <Button variant="secondary">Simpan catatan</Button>
        </ActionForm>
      ) : null}
    </section>
  );
}
