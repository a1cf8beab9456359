/**
 * The requester and request fields of domain.md §1.5 as staff enter them (desk
 * intake, a mailed request registered from the holding pen): one set of labels,
 * hints and order for both forms.
 */
import type { FieldErrors } from "../../../platform/http/errors.ts";
import type { Lang } from "../../../platform/i18n/index.ts";
import { Checkboxes, Radios, Textarea, TextInput } from "../../../platform/ui/components/index.ts";
import { ACCESS_METHOD_LABEL, COPY_DELIVERY_LABEL, REQUESTER_TYPE_LABEL } from "../labels.ts";
import { ACCESS_METHODS, COPY_DELIVERIES, REQUESTER_TYPES } from "../schema.ts";

export type FieldValues = Record<string, string | string[] | undefined>;
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
export const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

interface Props {
  values: FieldValues;
  errors: FieldErrors;
  lang: Lang;
}

/** Jenis pemohon, nama, NIK or SK/akta, alamat, telepon, email, pekerjaan. */
export function RequesterFields({ values, errors, lang, emailHint }: Props & { emailHint?: string }) {
  const v = (k: string) => one(values[k]);
  return (
    <>
      <Radios
        name="requesterType"
        legend="Jenis pemohon"
        legendSize="s"
        value={v("requesterType")}
        error={errors.requesterType}
        items={REQUESTER_TYPES.map((k) => ({ value: k, label: REQUESTER_TYPE_LABEL[k] }))}
        lang={lang}
      />
      <TextInput name="name" label="Nama lengkap" value={v("name")} error={errors.name} autocomplete="off" lang={lang} />
      <TextInput
        name="nik"
        label="NIK (perorangan dan kelompok)"
        hint="16 angka sesuai KTP"
        value={v("nik")}
        error={errors.nik}
        inputmode="numeric"
        width={20}
        lang={lang}
      />
      <TextInput
        name="legalDocNumber"
        label="Nomor SK/akta pendirian (badan hukum)"
        value={v("legalDocNumber")}
        error={errors.legalDocNumber}
        lang={lang}
      />
      <Textarea name="address" label="Alamat" value={v("address")} error={errors.address} rows={3} lang={lang} />
      <TextInput name="phone" label="Nomor telepon" value={v("phone")} error={errors.phone} type="tel" width={20} lang={lang} />
      <TextInput name="email" label="Alamat email" hint={emailHint} value={v("email")} error={errors.email} type="email" lang={lang} />
      <TextInput name="occupation" label="Pekerjaan" value={v("occupation")} error={errors.occupation} lang={lang} />
    </>
  );
}

/** Rincian informasi, tujuan penggunaan, cara memperoleh informasi, cara mendapatkan salinan. */
export function RequestDetailFields({
  values,
  errors,
  lang,
  detailsHint,
  detailsRows = 5,
}: Props & { detailsHint?: string; detailsRows?: number }) {
  const v = (k: string) => one(values[k]);
  return (
    <>
      <Textarea
        name="details"
        label="Rincian informasi yang dibutuhkan"
        hint={detailsHint}
        value={v("details")}
        error={errors.details}
        rows={detailsRows}
        lang={lang}
      />
      <Textarea name="purpose" label="Tujuan penggunaan informasi" value={v("purpose")} error={errors.purpose} rows={3} lang={lang} />
      <Checkboxes
        name="accessMethods"
        legend="Cara memperoleh informasi"
        legendSize="s"
        values={many(values.accessMethods)}
        error={errors.accessMethods}
        items={ACCESS_METHODS.map((k) => ({ value: k, label: ACCESS_METHOD_LABEL[k] }))}
        lang={lang}
      />
      <Radios
        name="copyDelivery"
        legend="Cara mendapatkan salinan"
        legendSize="s"
        value={v("copyDelivery")}
        error={errors.copyDelivery}
        items={COPY_DELIVERIES.map((k) => ({ value: k, label: COPY_DELIVERY_LABEL[k] }))}
        lang={lang}
      />
    </>
  );
}
