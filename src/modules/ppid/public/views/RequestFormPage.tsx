import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href } from "../../../../platform/i18n/index.ts";
import { Button, Checkboxes, ErrorSummary, Fieldset, Radios, Textarea, TextInput } from "../../../../platform/ui/components/index.ts";
import { ACCESS_METHOD_LABEL, COPY_DELIVERY_LABEL, REQUESTER_TYPE_LABEL } from "../../labels.ts";
import { ACCESS_METHODS, COPY_DELIVERIES, REQUESTER_TYPES } from "../../schema.ts";
import { FileField } from "./FileField.tsx";

export type FormValues = Record<string, string | string[] | undefined>;

/** The fields in the order of the page (the error summary follows it). */
export const FIELD_ORDER = [
  "requesterType",
  "name",
  "nik",
  "legalDocNumber",
  "address",
  "phone",
  "email",
  "occupation",
  "proxyName",
  "proxyLetter",
  "details",
  "purpose",
  "accessMethods",
  "copyDelivery",
  "identityDocument",
  "statement",
  "_",
];

export function orderedErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FIELD_ORDER) if (errors[k]) out[k] = errors[k];
  for (const [k, v] of Object.entries(errors)) if (!(k in out) && k !== "website") out[k] = v;
  return out;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const on = (v: string | string[] | undefined) => ["on", "true", "1"].includes(one(v));

/** GET/POST /ppid/permohonan: the online request form (works without JavaScript, one column on a phone). */
export function RequestFormPage({
  values = {},
  errors = {},
  csrfToken,
  signedInAs,
}: {
  values?: FormValues;
  errors?: Record<string, string>;
  csrfToken?: string | null;
  signedInAs?: string | null;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const e = orderedErrors(errors);
  const filesLost = Object.keys(e).length > 0;
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={e} targets={{ _: "requesterType", state: "requesterType" }} />
        <a class="govuk-back-link" href={href(lang, "/ppid")}>
          Kembali ke layanan informasi publik
        </a>
        <h1 class="govuk-heading-xl">Ajukan permohonan informasi</h1>
        <p class="govuk-body">
          Isi formulir ini untuk meminta informasi kepada PPID Kabupaten Lebong. Setelah terkirim, Anda langsung mendapat nomor pendaftaran,
          tanda bukti, dan batas waktu jawaban.
        </p>
        {signedInAs ? (
          <p class="govuk-inset-text">
            Anda masuk sebagai {signedInAs}. Permohonan ini akan tercatat di akun Anda dan dapat dilihat di{" "}
            <a class="govuk-link" href={href(lang, "/akun/permohonan")}>
              Permohonan saya
            </a>
            .
          </p>
        ) : null}
        {filesLost ? (
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">Peringatan: </span>
              Demi keamanan, berkas yang sudah Anda pilih tidak disimpan. Pilih kembali berkas KTP (dan surat kuasa bila ada) sebelum
              mengirim.
            </strong>
          </div>
        ) : null}
        <form method="post" action={href(lang, "/ppid/permohonan")} enctype="multipart/form-data" novalidate>
          {csrfToken ? <input type="hidden" name="_csrf" value={csrfToken} /> : null}
          <Fieldset legend="Data pemohon" legendSize="m">
            <Radios
              name="requesterType"
              legend="Anda mengajukan sebagai"
              value={one(values.requesterType) || "perorangan"}
              error={e.requesterType}
              items={REQUESTER_TYPES.map((v) => ({
                value: v,
                label: REQUESTER_TYPE_LABEL[v],
                hint:
                  v === "badan_hukum"
                    ? "Lembaga, yayasan, perkumpulan, atau perusahaan berbadan hukum."
                    : v === "kelompok"
                      ? "Beberapa orang yang mengajukan bersama; isi data salah satu sebagai wakil."
                      : undefined,
              }))}
            />
            <TextInput
              name="name"
              label="Nama lengkap"
              hint="Sesuai KTP. Untuk badan hukum: nama badan hukum."
              value={one(values.name)}
              error={e.name}
              autocomplete="name"
              spellcheck={false}
            />
            <TextInput
              name="nik"
              label="NIK (Nomor Induk Kependudukan)"
              hint="16 angka yang tertera pada KTP. Tidak perlu diisi untuk badan hukum."
              value={one(values.nik)}
              error={e.nik}
              inputmode="numeric"
              autocomplete="off"
              spellcheck={false}
              width={20}
            />
            <TextInput
              name="legalDocNumber"
              label="Nomor SK atau akta pendirian (khusus badan hukum)"
              value={one(values.legalDocNumber)}
              error={e.legalDocNumber}
              spellcheck={false}
            />
            <Textarea name="address" label="Alamat" value={one(values.address)} error={e.address} rows={3} autocomplete="street-address" />
            <TextInput
              name="phone"
              type="tel"
              label="Nomor telepon atau HP"
              hint="Misalnya 0812 3456 7890. Isi nomor telepon atau email, atau keduanya."
              value={one(values.phone)}
              error={e.phone}
              autocomplete="tel"
              width={20}
            />
            <TextInput
              name="email"
              type="email"
              label="Alamat email"
              hint="Kami mengirim tanda bukti dan tautan untuk memantau permohonan ke alamat ini."
              value={one(values.email)}
              error={e.email}
              autocomplete="email"
              spellcheck={false}
            />
            <TextInput
              name="occupation"
              label="Pekerjaan"
              value={one(values.occupation)}
              error={e.occupation}
              autocomplete="organization-title"
            />
          </Fieldset>

          <Fieldset legend="Kuasa" legendSize="m">
            <Checkboxes
              name="proxy"
              legend="Apakah Anda mengajukan atas nama orang lain?"
              hint="Centang jika Anda diberi kuasa oleh pemohon. Surat kuasa wajib dilampirkan."
              values={on(values.proxy) ? ["on"] : []}
              items={[{ value: "on", label: "Ya, saya mengajukan sebagai kuasa" }]}
            />
            <TextInput
              name="proxyName"
              label="Nama pemohon yang memberi kuasa (jika sebagai kuasa)"
              value={one(values.proxyName)}
              error={e.proxyName}
              autocomplete="off"
            />
            <FileField
              name="proxyLetter"
              label="Surat kuasa (jika sebagai kuasa)"
              hint="PDF, JPG, atau PNG, paling besar 5 MB."
              error={e.proxyLetter}
            />
          </Fieldset>

          <Fieldset legend="Informasi yang Anda minta" legendSize="m">
            <Textarea
              name="details"
              label="Rincian informasi yang dibutuhkan"
              hint="Tulis sejelas mungkin informasi apa yang Anda minta: jenis atau judul dokumen, perangkat daerah yang menguasainya jika Anda tahu, dan periode waktunya. Contoh: Dokumen Pelaksanaan Anggaran (DPA) Dinas Kesehatan tahun 2026."
              value={one(values.details)}
              error={e.details}
              rows={6}
            />
            <Textarea
              name="purpose"
              label="Tujuan penggunaan informasi"
              hint="Misalnya untuk penelitian, pengawasan, atau kebutuhan pribadi."
              value={one(values.purpose)}
              error={e.purpose}
              rows={3}
            />
            <Checkboxes
              name="accessMethods"
              legend="Cara memperoleh informasi"
              hint="Pilih satu atau lebih."
              values={many(values.accessMethods)}
              error={e.accessMethods}
              items={ACCESS_METHODS.map((v) => ({ value: v, label: ACCESS_METHOD_LABEL[v] }))}
            />
            <Radios
              name="copyDelivery"
              legend="Cara mendapatkan salinan informasi"
              hint="Jika memilih salinan cetak atau elektronik. Biaya pengiriman atau penggandaan, bila ada, ditanggung pemohon."
              value={one(values.copyDelivery)}
              error={e.copyDelivery}
              items={COPY_DELIVERIES.map((v) => ({ value: v, label: COPY_DELIVERY_LABEL[v] }))}
            />
            <Checkboxes
              name="hideText"
              legend="Register publik"
              hint="Register permohonan yang terbuka untuk umum tidak pernah menampilkan nama atau identitas Anda. Anda juga dapat meminta agar rincian permohonan tidak ditampilkan."
              values={on(values.hideText) ? ["on"] : []}
              items={[{ value: "on", label: "Jangan tampilkan rincian permohonan saya di register publik" }]}
            />
          </Fieldset>

          <Fieldset legend="Dokumen identitas" legendSize="m">
            <FileField
              name="identityDocument"
              label="Foto atau pindaian KTP (badan hukum: SK atau akta pendirian)"
              hint="PDF, JPG, atau PNG, paling besar 5 MB. Dokumen ini hanya dilihat petugas PPID."
              error={e.identityDocument}
            />
          </Fieldset>

          <div class="govuk-visually-hidden" aria-hidden="true">
            <label for="website">Jangan isi kolom ini</label>
            <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" value="" />
          </div>

          <Checkboxes
            name="statement"
            legend="Pernyataan"
            values={on(values.statement) ? ["on"] : []}
            error={e.statement}
            items={[
              {
                value: "on",
                label:
                  "Saya menyatakan data yang saya isi benar, dan informasi yang saya peroleh akan saya gunakan sesuai tujuan yang saya tulis dan ketentuan peraturan perundang-undangan.",
              },
            ]}
          />
          <Button>Kirim permohonan</Button>
        </form>
      </div>
    </div>
  );
}
