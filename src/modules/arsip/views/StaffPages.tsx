import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { formatDate, href, t } from "../../../platform/i18n/index.ts";
import {
  Breadcrumbs,
  Button,
  ErrorSummary,
  NotificationBanner,
  Select,
  SummaryList,
  Table,
  Tag,
  Textarea,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import type { ClassNode, RecordDetail, SearchFilter, SearchResult, versionsOf } from "../queries.ts";
import { SECURITY_CLASSES } from "../schema.ts";
import { ClassTag, formatSize, Results, SearchForm } from "./parts.tsx";
import { FileField } from "./StaffForms.tsx";

const EXTRACTION_LABEL: Record<string, { text: string; colour: "grey" | "green" | "red" | "yellow" }> = {
  pending: { text: "Teks sedang diekstrak", colour: "yellow" },
  done: { text: "Teks terekstrak", colour: "green" },
  failed: { text: "Ekstraksi teks gagal", colour: "red" },
  none: { text: "Tanpa teks (OCR belum tersedia)", colour: "grey" },
};
const RETENTION_LABEL: Record<string, string> = {
  ditetapkan: "Ditetapkan",
  menunggu_pemicu: "Menunggu peristiwa pemicu",
  belum_ditetapkan: "Belum ditetapkan: tidak ada baris JRA untuk kode ini atau induknya",
};
const DISPOSITION_LABEL: Record<string, string> = { musnah: "Musnah", permanen: "Permanen", dinilai_kembali: "Dinilai kembali" };

export function StaffListPage(props: {
  filter: SearchFilter;
  result: SearchResult;
  units: { id: string; name: string }[];
  types: string[];
  canCapture: boolean;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <h1 class="govuk-heading-xl">{t(lang, "arsip.staff.title")}</h1>
      <p class="govuk-body">
        Daftar ini hanya memuat arsip yang boleh Anda baca menurut kelas keamanannya.{" "}
        <a class="govuk-link" href={href(lang, "/arsip/kelola/klasifikasi")}>
          Kode klasifikasi dan retensi
        </a>
      </p>
      {props.canCapture ? <Button href={href(lang, "/arsip/kelola/baru")}>Unggah arsip baru</Button> : null}
      <SearchForm action="/arsip/kelola" filter={props.filter} units={props.units} types={props.types} showClass />
      <Results result={props.result} filter={props.filter} base="/arsip/kelola" showClass />
    </>
  );
}

export function StaffRecordPage(props: {
  rec: RecordDetail;
  files: Awaited<ReturnType<typeof versionsOf>>;
  rule: { description: string; activeYears: number; inactiveYears: number; trigger: string | null; source: string } | null;
  canManage: boolean;
  notice?: string;
  errors?: Record<string, string>;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const { rec, rule } = props;
  const versions = [...new Set(props.files.map((f) => f.versionNo))];
  return (
    <>
      <Breadcrumbs items={[{ text: t(lang, "arsip.staff.title"), href: href(lang, "/arsip/kelola") }]} lang={lang} />
      {props.notice ? <NotificationBanner type="success" title="Berhasil" heading={props.notice} lang={lang} /> : null}
      {props.errors?.files ? (
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title">Ada masalah</h2>
            <div class="govuk-error-summary__body">
              <ul class="govuk-list govuk-error-summary__list">
                <li>
                  <a href="#files">{props.errors.files}</a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      ) : null}
      <span class="govuk-caption-l">
        {rec.classificationCode} · <ClassTag c={rec.securityClass} lang={lang} />{" "}
        {rec.isPublic ? <Tag colour="green">{t(lang, "arsip.public.tag")}</Tag> : null}{" "}
        {rec.final ? <Tag colour="purple">{t(lang, "arsip.final.tag")}</Tag> : null}
      </span>
      <h1 class="govuk-heading-l">{rec.title}</h1>
      <SummaryList
        rows={[
          { key: t(lang, "arsip.field.description"), value: rec.description ?? "—" },
          { key: t(lang, "arsip.field.unit"), value: rec.unitName ?? rec.unitId },
          { key: t(lang, "arsip.field.date"), value: formatDate(lang, rec.recordDate) },
          { key: t(lang, "arsip.field.code"), value: `${rec.classificationCode} ${rec.classificationName ?? ""}` },
          { key: t(lang, "arsip.field.type"), value: rec.documentType },
          { key: t(lang, "arsip.field.class"), value: t(lang, `arsip.class.${rec.securityClass}`) },
          { key: t(lang, "arsip.field.vital"), value: rec.vital ? "Ya" : "Tidak" },
          { key: t(lang, "arsip.field.keywords"), value: rec.keywords || "—" },
          { key: t(lang, "arsip.field.location"), value: rec.physicalLocation ?? "—" },
          { key: "Tahap", value: rec.lifecycle },
          ...(rec.sourceModule ? [{ key: "Asal", value: `${rec.sourceModule}: ${rec.sourceRef ?? ""}` }] : []),
        ]}
      />
      <h2 class="govuk-heading-m">Retensi (JRA)</h2>
      <SummaryList
        rows={[
          { key: "Status", value: RETENTION_LABEL[rec.retentionStatus] },
          ...(rule
            ? [
                {
                  key: "Baris JRA",
                  value: `${rec.retentionCode}${rec.retentionCode !== rec.classificationCode ? " (kode induk)" : ""}: ${rule.description}`,
                },
                {
                  key: "Retensi",
                  value: `aktif ${rule.activeYears} tahun, inaktif ${rule.inactiveYears} tahun${rule.trigger ? ` — ${rule.trigger}` : ""}`,
                },
                { key: "Aktif sampai", value: rec.activeUntil ? formatDate(lang, rec.activeUntil) : "—" },
                { key: "Inaktif sampai", value: rec.inactiveUntil ? formatDate(lang, rec.inactiveUntil) : "—" },
                { key: "Nasib akhir", value: rec.disposition ? DISPOSITION_LABEL[rec.disposition] : "—" },
                { key: "Sumber JRA", value: rule.source },
              ]
            : []),
          { key: "Penahanan hukum", value: rec.legalHold ? `Ya${rec.legalHoldReason ? `: ${rec.legalHoldReason}` : ""}` : "Tidak" },
        ]}
      />
      <h2 class="govuk-heading-m">Versi dan berkas</h2>
      {versions.map((v) => (
        <Table
          caption={`Versi ${v}${v === rec.currentVersion ? " (terkini)" : ""}`}
          captionSize="s"
          head={["Berkas", "Ukuran", "Teks", "SHA-256"]}
          rows={props.files
            .filter((f) => f.versionNo === v)
            .map((f) => [
              <a class="govuk-link" href={href(lang, `/arsip/kelola/${rec.id}/berkas/${f.id}`)} download>
                {f.name}
              </a>,
              formatSize(f.size),
              <Tag colour={EXTRACTION_LABEL[f.extractionState].colour}>{EXTRACTION_LABEL[f.extractionState].text}</Tag>,
              <code class="sp-hash">{f.fileKey.slice(0, 16)}…</code>,
            ])}
        />
      ))}
      {props.canManage && !rec.final ? (
        <>
          <p class="govuk-body">
            <a class="govuk-link" href={href(lang, `/arsip/kelola/${rec.id}/ubah`)}>
              Ubah keterangan arsip
            </a>
          </p>
          <h2 class="govuk-heading-m">Tambah versi baru</h2>
          <p class="govuk-body">Versi lama tetap tersimpan dan dapat diunduh.</p>
          <form method="post" action={href(lang, `/arsip/kelola/${rec.id}/versi`)} enctype="multipart/form-data" novalidate>
            <input type="hidden" name="_csrf" value={csrf} />
            <FileField error={props.errors?.files} />
            <Button variant="secondary">Simpan versi baru</Button>
          </form>
          <h2 class="govuk-heading-m">Nyatakan final</h2>
          <p class="govuk-body">
            Arsip final tidak dapat diubah lagi: tidak ada versi baru dan keterangannya tetap. Tindakan ini tidak dapat dibatalkan.
          </p>
          <form method="post" action={href(lang, `/arsip/kelola/${rec.id}/final`)}>
            <input type="hidden" name="_csrf" value={csrf} />
            <Button variant="warning">Nyatakan final</Button>
          </form>
        </>
      ) : null}
    </>
  );
}

export function ClassificationPage(props: {
  nodes: ClassNode[];
  canManage: boolean;
  values?: Record<string, string>;
  errors?: Record<string, string>;
  saved?: boolean;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const v = props.values ?? {};
  const e = props.errors ?? {};
  return (
    <>
      <Breadcrumbs items={[{ text: t(lang, "arsip.staff.title"), href: href(lang, "/arsip/kelola") }]} lang={lang} />
      <ErrorSummary errors={e} lang={lang} />
      {props.saved ? <NotificationBanner type="success" title="Berhasil" heading="Kelas bawaan disimpan." lang={lang} /> : null}
      <h1 class="govuk-heading-l">Kode klasifikasi dan retensi</h1>
      <p class="govuk-body">
        Kode klasifikasi arsip Permendagri 83/2022 dengan kelas keamanan bawaan dan baris Jadwal Retensi Arsip (JRA) contoh. Kode tanpa
        baris JRA memakai baris kode induk terdekat; bila tidak ada sama sekali, retensinya belum ditetapkan dan arsipnya tidak pernah
        dimusnahkan otomatis.
      </p>
      <Table
        caption="Kode klasifikasi"
        captionSize="s"
        head={["Kode", "Nama", "Kelas bawaan", "Retensi (aktif + inaktif)", "Nasib akhir"]}
        rows={props.nodes.map((n) => [
          `${"\u00a0\u00a0".repeat(n.code.split(".").length - 1)}${n.code}`,
          n.name,
          n.defaultClass ? t(lang, `arsip.class.${n.defaultClass}`) : "—",
          n.retention
            ? `${n.retention.activeYears} + ${n.retention.inactiveYears} tahun${n.retention.trigger ? ` (${n.retention.trigger})` : ""}`
            : "—",
          n.retention ? (DISPOSITION_LABEL[n.retention.disposition] ?? n.retention.disposition) : "—",
        ])}
      />
      {props.canManage ? (
        <form method="post" action={href(lang, "/arsip/kelola/klasifikasi")} novalidate>
          <input type="hidden" name="_csrf" value={c.get("actor")?.csrfToken ?? ""} />
          <h2 class="govuk-heading-m">Ubah kelas keamanan bawaan</h2>
          <p class="govuk-body">
            Berlaku untuk arsip baru dengan kode ini dan sub-kodenya yang tidak punya kelas bawaan sendiri. Arsip yang sudah ada tidak
            berubah.
          </p>
          <TextInput name="code" label="Kode klasifikasi" value={v.code} error={e.code} width={10} spellcheck={false} lang={lang} />
          <Select
            name="securityClass"
            label="Kelas keamanan bawaan"
            value={v.securityClass}
            error={e.securityClass}
            items={[
              { value: "", label: "Pilih kelas" },
              ...SECURITY_CLASSES.map((x) => ({ value: x, label: t(lang, `arsip.class.${x}`) })),
            ]}
            lang={lang}
          />
          <Textarea name="reason" label="Alasan" hint="Dicatat di jejak audit." value={v.reason} error={e.reason} rows={3} lang={lang} />
          <Button>Simpan kelas bawaan</Button>
        </form>
      ) : null}
    </>
  );
}
