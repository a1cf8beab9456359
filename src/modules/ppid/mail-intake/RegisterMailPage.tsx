import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { formatDate, href } from "../../../platform/i18n/index.ts";
import { Button, Checkboxes, ErrorSummary, Radios, Select, Textarea, TextInput } from "../../../platform/ui/components/index.ts";
import { ACCESS_METHOD_LABEL, COPY_DELIVERY_LABEL, REQUESTER_TYPE_LABEL } from "../labels.ts";
import { ACCESS_METHODS, COPY_DELIVERIES, REQUESTER_TYPES } from "../schema.ts";
import type { InboundView } from "./queries.ts";

/** The fields of the registration form, as typed (strings; accessMethods a list). */
export type RegisterForm = Record<string, string | string[]>;

export const REGISTER_FIELDS = [
  "requesterType",
  "name",
  "nik",
  "legalDocNumber",
  "address",
  "phone",
  "email",
  "occupation",
  "details",
  "purpose",
  "accessMethods",
  "copyDelivery",
  "identityAttachment",
  "identityChecked",
] as const;

const IDENTITY_MIMES = ["application/pdf", "image/jpeg", "image/png"];

/** The form prefilled from the mail: name and address from From, the body as the details. */
export function prefill(m: InboundView): RegisterForm {
  const body = (m.textBody || m.htmlText || "").trim();
  return {
    requesterType: "perorangan",
    name: m.fromName ?? "",
    email: m.fromAddress ?? "",
    details: body.length > 5000 ? body.slice(0, 5000) : body,
    accessMethods: ["salinan_softcopy"],
    copyDelivery: "email",
  };
}

export function RegisterMailPage({ mail, form, errors = {} }: { mail: InboundView; form: RegisterForm; errors?: FieldErrors }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const v = (k: string) => {
    const x = form[k];
    return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
  };
  const list = (k: string) => {
    const x = form[k];
    return Array.isArray(x) ? x : x ? [x] : [];
  };
  const idCandidates = mail.attachments.map((a, i) => ({ a, i })).filter(({ a }) => IDENTITY_MIMES.includes(a.mime));
  return (
    <>
      <ErrorSummary
        errors={Object.fromEntries(REGISTER_FIELDS.map((k) => [k, errors[k]]).concat([["receivedDate", errors.receivedDate]]))}
        lang={lang}
      />
      <a class="govuk-back-link" href={href(lang, `/ppid/kelola/surel/${mail.id}`)}>
        Kembali ke surel
      </a>
      <span class="govuk-caption-l">Surel masuk: {mail.subject || "(tanpa subjek)"}</span>
      <h1 class="govuk-heading-l">Registrasi sebagai permohonan</h1>
      <p class="govuk-body">
        Saluran: <strong>Email</strong>. Diterima: <strong>{formatDate("id", mail.receivedAt, { weekday: true, time: true })}</strong>{" "}
        (waktu surel masuk; batas waktu dihitung dari sini).
      </p>
      {errors.receivedDate ? <p class="govuk-error-message">{errors.receivedDate}</p> : null}
      <form method="post" action={href(lang, `/ppid/kelola/surel/${mail.id}/registrasi`)} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        <Radios
          name="requesterType"
          legend="Jenis pemohon"
          legendSize="s"
          value={v("requesterType")}
          error={errors.requesterType}
          items={REQUESTER_TYPES.map((t) => ({ value: t, label: REQUESTER_TYPE_LABEL[t] }))}
          lang={lang}
        />
        <TextInput name="name" label="Nama lengkap" value={v("name")} error={errors.name} lang={lang} />
        <TextInput
          name="nik"
          label="NIK"
          hint="16 angka sesuai KTP (perorangan dan kelompok)."
          value={v("nik")}
          error={errors.nik}
          width={20}
          inputmode="numeric"
          lang={lang}
        />
        <TextInput
          name="legalDocNumber"
          label="Nomor SK/akta badan hukum"
          hint="Hanya untuk badan hukum."
          value={v("legalDocNumber")}
          error={errors.legalDocNumber}
          lang={lang}
        />
        <Textarea name="address" label="Alamat" value={v("address")} error={errors.address} rows={2} lang={lang} />
        <TextInput name="phone" label="Nomor telepon" value={v("phone")} error={errors.phone} type="tel" width={20} lang={lang} />
        <TextInput name="email" label="Alamat email" value={v("email")} error={errors.email} type="email" lang={lang} />
        <TextInput name="occupation" label="Pekerjaan" value={v("occupation")} error={errors.occupation} lang={lang} />
        <Textarea
          name="details"
          label="Rincian informasi yang dibutuhkan"
          hint="Diisi dari isi surel; rapikan bila perlu."
          value={v("details")}
          error={errors.details}
          rows={8}
          lang={lang}
        />
        <Textarea name="purpose" label="Tujuan penggunaan informasi" value={v("purpose")} error={errors.purpose} rows={3} lang={lang} />
        <Checkboxes
          name="accessMethods"
          legend="Cara memperoleh informasi"
          legendSize="s"
          values={list("accessMethods")}
          error={errors.accessMethods}
          items={ACCESS_METHODS.map((m) => ({ value: m, label: ACCESS_METHOD_LABEL[m] }))}
          lang={lang}
        />
        <Select
          name="copyDelivery"
          label="Cara mendapatkan salinan"
          value={v("copyDelivery")}
          error={errors.copyDelivery}
          items={[{ value: "", label: "Pilih" }, ...COPY_DELIVERIES.map((d) => ({ value: d, label: COPY_DELIVERY_LABEL[d] }))]}
          lang={lang}
        />
        <Radios
          name="identityAttachment"
          legend="Identitas pemohon"
          legendSize="s"
          hint="Pilih lampiran surel yang berisi KTP atau dokumen badan hukum, atau centang di bawah bahwa identitas sudah diperiksa."
          value={v("identityAttachment")}
          error={errors.identityAttachment}
          items={[
            ...idCandidates.map(({ a, i }) => ({ value: String(i), label: `Lampiran: ${a.name}` })),
            { value: "", label: "Tidak memakai lampiran" },
          ]}
          lang={lang}
        />
        <Checkboxes
          name="identityChecked"
          legend="Pemeriksaan identitas"
          legendSize="s"
          values={v("identityChecked") ? ["on"] : []}
          error={errors.identityChecked}
          items={[{ value: "on", label: "Identitas pemohon sudah diperiksa" }]}
          lang={lang}
        />
        <Button>Registrasi permohonan</Button>
      </form>
    </>
  );
}
