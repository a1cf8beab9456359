import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Button, Checkboxes, DateInput, ErrorSummary, Select, Textarea, TextInput } from "../../../platform/ui/components/index.ts";
import { MAX_FILE_MB, MAX_FILES } from "../files.ts";
import { SECURITY_CLASSES } from "../schema.ts";

export type FormValues = Record<string, string>;

/** The record's description fields (capture and edit). */
function MetadataFields(props: { values: FormValues; errors: Record<string, string>; units: { id: string; name: string }[] }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const { values: v, errors: e } = props;
  return (
    <>
      <TextInput name="title" label={t(lang, "arsip.field.title")} value={v.title} error={e.title} lang={lang} />
      <Textarea
        name="description"
        label={`${t(lang, "arsip.field.description")} (tidak wajib)`}
        value={v.description}
        error={e.description}
        rows={4}
        lang={lang}
      />
      <Select
        name="unitId"
        label={t(lang, "arsip.field.unit")}
        value={v.unitId}
        error={e.unitId}
        items={[{ value: "", label: "Pilih perangkat daerah" }, ...props.units.map((u) => ({ value: u.id, label: u.name }))]}
        lang={lang}
      />
      <DateInput
        name="recordDate"
        legend={t(lang, "arsip.field.date")}
        hint="Tanggal naskah, misalnya 17 8 2026"
        value={{ day: v["recordDate-day"], month: v["recordDate-month"], year: v["recordDate-year"] }}
        error={e.recordDate}
        lang={lang}
      />
      <TextInput
        name="classificationCode"
        label={t(lang, "arsip.field.code")}
        hint="Kode Permendagri 83/2022, misalnya 100.3.3.2 untuk Keputusan Bupati. Retensi dan kelas keamanan bawaan mengikuti kode ini."
        value={v.classificationCode}
        error={e.classificationCode}
        width={10}
        spellcheck={false}
        lang={lang}
      />
      <TextInput
        name="documentType"
        label={t(lang, "arsip.field.type")}
        hint="Misalnya surat dinas, keputusan, laporan, berita acara."
        value={v.documentType}
        error={e.documentType}
        lang={lang}
      />
      <Select
        name="securityClass"
        label={t(lang, "arsip.field.class")}
        hint="Kosongkan untuk memakai kelas bawaan kode klasifikasi. Kelas boleh dinaikkan, tidak boleh diturunkan di bawah bawaan."
        value={v.securityClass}
        error={e.securityClass}
        items={[
          { value: "", label: "Bawaan kode klasifikasi" },
          ...SECURITY_CLASSES.map((c) => ({ value: c, label: t(lang, `arsip.class.${c}`) })),
        ]}
        lang={lang}
      />
      <Checkboxes
        name="flags"
        legend="Sifat arsip"
        error={e.isPublic ?? e.vital}
        items={[
          {
            value: "isPublic",
            label: "Terbuka untuk umum (hanya arsip berkelas biasa)",
            hint: "Warga dapat menemukan dan mengunduhnya di halaman Arsip.",
          },
          { value: "vital", label: t(lang, "arsip.field.vital") },
        ]}
        values={[v.isPublic === "1" ? "isPublic" : "", v.vital === "1" ? "vital" : ""].filter(Boolean)}
        lang={lang}
      />
      <TextInput
        name="keywords"
        label={`${t(lang, "arsip.field.keywords")} (tidak wajib)`}
        hint="Pisahkan dengan koma."
        value={v.keywords}
        error={e.keywords}
        lang={lang}
      />
      <TextInput
        name="physicalLocation"
        label={`${t(lang, "arsip.field.location")} (tidak wajib)`}
        hint="Tempat naskah kertas aslinya, bila ada: gedung, lemari, boks."
        value={v.physicalLocation}
        error={e.physicalLocation}
        lang={lang}
      />
    </>
  );
}

export function FileField(props: { error?: string }) {
  return (
    <div class={`govuk-form-group${props.error ? " govuk-form-group--error" : ""}`}>
      <label class="govuk-label govuk-label--s" for="files">
        Berkas
      </label>
      <div id="files-hint" class="govuk-hint">
        PDF, gambar pindaian (JPEG, PNG, TIFF), atau dokumen Word, Excel, PowerPoint, ODF. Satu atau beberapa berkas (paling banyak{" "}
        {MAX_FILES}), masing-masing paling besar {MAX_FILE_MB} MB. Jenis berkas diperiksa dari isinya.
      </div>
      {props.error ? (
        <p id="files-error" class="govuk-error-message">
          <span class="govuk-visually-hidden">Kesalahan:</span> {props.error}
        </p>
      ) : null}
      <input
        class={`govuk-file-upload${props.error ? " govuk-file-upload--error" : ""}`}
        id="files"
        name="files"
        type="file"
        multiple
        aria-describedby={props.error ? "files-hint files-error" : "files-hint"}
      />
    </div>
  );
}

export function CapturePage(props: {
  values: FormValues;
  errors?: Record<string, string>;
  units: { id: string; name: string }[];
  csrf: string;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const errors = props.errors ?? {};
  return (
    <>
      <ErrorSummary errors={errors} targets={{ recordDate: "recordDate-day", isPublic: "flags", vital: "flags" }} lang={lang} />
      <h1 class="govuk-heading-l">Unggah arsip baru</h1>
      <form method="post" action={href(lang, "/arsip/kelola/baru")} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <FileField error={errors.files} />
        <MetadataFields values={props.values} errors={errors} units={props.units} />
        <Button>Simpan arsip</Button>
      </form>
    </>
  );
}

export function EditPage(props: {
  id: string;
  values: FormValues;
  errors?: Record<string, string>;
  units: { id: string; name: string }[];
  csrf: string;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const errors = props.errors ?? {};
  return (
    <>
      <ErrorSummary errors={errors} targets={{ recordDate: "recordDate-day", isPublic: "flags", vital: "flags" }} lang={lang} />
      <h1 class="govuk-heading-l">Ubah keterangan arsip</h1>
      <p class="govuk-body">Perubahan dicatat di jejak audit beserta nilai sebelumnya. Retensi dihitung ulang dari kode dan tanggal.</p>
      <form method="post" action={href(lang, `/arsip/kelola/${props.id}/ubah`)} novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <MetadataFields values={props.values} errors={errors} units={props.units} />
        <Button>Simpan perubahan</Button>
      </form>
    </>
  );
}
