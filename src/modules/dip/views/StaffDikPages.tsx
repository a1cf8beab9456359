import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { formatDate, href, type Lang, t } from "../../../platform/i18n/index.ts";
import {
  Breadcrumbs,
  Button,
  DateInput,
  ErrorSummary,
  NotificationBanner,
  Radios,
  Select,
  SummaryList,
  Table,
  Tag,
  Textarea,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import { can } from "../../access/index.ts";
import { PASAL17 } from "../law.ts";
import type { DikListRow, UjiRow } from "../queries.ts";
import { PASAL17_LETTERS, UJI_DILAKUKAN } from "../schema.ts";
import { dikRows } from "./PublicDikPage.tsx";

export interface DikForm {
  unitId: string;
  informasi: string;
  pasal17: string;
  dasarHukumSektoral: string;
  konsekuensi: string;
  pertimbanganKepentinganPublik: string;
  keputusan: string;
  jangkaWaktu: string;
  dilakukan: string;
  dokumen: string;
  yangDikecualikan: string;
  analisisDasarHukum: string;
  kesimpulan: string;
  tim: string;
  "expires-day": string;
  "expires-month": string;
  "expires-year": string;
  "uji-day": string;
  "uji-month": string;
  "uji-year": string;
}

export type DecisionForm = Partial<
  Record<"nomorSk" | "penetapan-day" | "penetapan-month" | "penetapan-year" | "tempatPenetapan" | "pejabat" | "note" | "reason", string>
>;

const STATUS_COLOUR = { proposed: "yellow", dikembalikan: "orange", ditetapkan: "green", dicabut: "grey", kedaluwarsa: "grey" } as const;

export function StatusTag({ status, lang }: { status: DikListRow["status"]; lang: Lang }) {
  return <Tag colour={STATUS_COLOUR[status]}>{t(lang, `dik.status.${status}`)}</Tag>;
}

function Crumbs() {
  const lang = useRequestContext<AppEnv>().get("lang");
  return <Breadcrumbs items={[{ text: t(lang, "dikk.title"), href: href(lang, "/ppid/kelola/dik") }]} lang={lang} />;
}

export function StaffDikList({ rows, canPropose }: { rows: DikListRow[]; canPropose: boolean }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const groups: [string, DikListRow[]][] = [
    ["dikk.pending", rows.filter((r) => r.status === "proposed")],
    ["dikk.returned", rows.filter((r) => r.status === "dikembalikan")],
    ["dikk.active", rows.filter((r) => r.status === "ditetapkan")],
    ["dikk.inactive", rows.filter((r) => r.status === "dicabut" || r.status === "kedaluwarsa")],
  ];
  return (
    <>
      <h1 class="govuk-heading-l">{t(lang, "dikk.title")}</h1>
      <p class="govuk-body">{t(lang, "dikk.intro")}</p>
      {canPropose ? <Button href={href(lang, "/ppid/kelola/dik/baru")}>{t(lang, "dikk.add")}</Button> : null}
      {groups.map(([key, list]) => (
        <section class="sp-section">
          <h2 class="govuk-heading-m">
            {t(lang, key)} <span class="govuk-caption-m sp-inline">({list.length})</span>
          </h2>
          {list.length === 0 ? (
            <p class="govuk-body">{t(lang, "dikk.none")}</p>
          ) : (
            <Table
              head={[
                "Nomor",
                t(lang, "dik.informasi"),
                t(lang, "dip.col.unit"),
                "Pasal 17",
                t(lang, "dik.berakhir"),
                t(lang, "dipk.status"),
              ]}
              rows={list.map((d) => [
                <a class="govuk-link" href={href(lang, `/ppid/kelola/dik/${d.id}`)}>
                  {d.nomor}
                </a>,
                d.informasi,
                d.unitName,
                `huruf ${d.pasal17}`,
                d.expiresOn ? formatDate(lang, d.expiresOn) : t(lang, "dik.permanen"),
                <StatusTag status={d.status} lang={lang} />,
              ])}
            />
          )}
        </section>
      ))}
    </>
  );
}

const ORDER = [
  "unitId",
  "informasi",
  "pasal17",
  "dasarHukumSektoral",
  "konsekuensi",
  "pertimbanganKepentinganPublik",
  "keputusan",
  "jangkaWaktu",
  "expiresOn",
  "dilakukan",
  "tanggalUji",
  "dokumen",
  "yangDikecualikan",
  "analisisDasarHukum",
  "tim",
  "kesimpulan",
];

export function DikFormPage({
  item,
  form,
  units,
  errors = {},
}: {
  item?: DikListRow;
  form: DikForm;
  units: { value: string; label: string }[];
  errors?: FieldErrors;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const action = href(lang, item ? `/ppid/kelola/dik/${item.id}/ubah` : "/ppid/kelola/dik/baru");
  const ta = (name: keyof DikForm, label: string, hint?: string) => (
    <Textarea name={name} label={label} hint={hint} value={form[name]} error={errors[name]} rows={3} lang={lang} />
  );
  return (
    <>
      <Crumbs />
      <ErrorSummary
        errors={Object.fromEntries(ORDER.map((k) => [k, errors[k]]))}
        targets={{ expiresOn: "expires-day", tanggalUji: "uji-day" }}
        lang={lang}
      />
      <h1 class="govuk-heading-l">{item ? `${t(lang, "dikk.edit")} ${item.nomor}` : t(lang, "dikk.add")}</h1>
      {item?.returnNote ? (
        <div class="govuk-inset-text">
          <strong>{t(lang, "dikk.return_note")}:</strong> {item.returnNote}
        </div>
      ) : null}
      <form method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        <h2 class="govuk-heading-m">{t(lang, "dikk.section.dik")}</h2>
        <Select
          name="unitId"
          label={t(lang, "dip.col.unit")}
          value={form.unitId}
          error={errors.unitId}
          items={[{ value: "", label: t(lang, "dipk.choose") }, ...units]}
          lang={lang}
        />
        {ta("informasi", t(lang, "dik.informasi"), "Sebutkan informasi atau dokumen yang dikecualikan.")}
        <Radios
          name="pasal17"
          legend={`${t(lang, "dik.dasar")} (Pasal 17 UU 14/2008)`}
          legendSize="s"
          value={form.pasal17}
          error={errors.pasal17}
          small
          items={PASAL17_LETTERS.map((x) => ({ value: x, label: `Huruf ${x}: ${PASAL17[x]}` }))}
          lang={lang}
        />
        <TextInput
          name="dasarHukumSektoral"
          label="Dasar hukum sektoral (tidak wajib; wajib untuk huruf j)"
          hint="Misalnya UU 36/2009 tentang Kesehatan Pasal 57 (rahasia kondisi kesehatan pribadi)."
          value={form.dasarHukumSektoral}
          error={errors.dasarHukumSektoral}
          lang={lang}
        />
        {ta("konsekuensi", t(lang, "dik.konsekuensi"), "Kerugian yang timbul bila informasi dibuka.")}
        {ta(
          "pertimbanganKepentinganPublik",
          t(lang, "dik.kepentingan"),
          "Mengapa menutup informasi melindungi kepentingan yang lebih besar daripada membukanya.",
        )}
        <Radios
          name="keputusan"
          legend={t(lang, "dik.keputusan")}
          legendSize="s"
          value={form.keputusan}
          error={errors.keputusan}
          items={[
            { value: "tertutup", label: t(lang, "dik.keputusan.tertutup") },
            {
              value: "terbuka_sebagian",
              label: t(lang, "dik.keputusan.terbuka_sebagian"),
              hint: "Dibuka dengan bagian tertentu dihitamkan.",
            },
          ]}
          lang={lang}
        />
        <TextInput
          name="jangkaWaktu"
          label={t(lang, "dik.jangka")}
          hint="Misalnya “5 tahun sejak penetapan”."
          value={form.jangkaWaktu}
          error={errors.jangkaWaktu}
          width={20}
          lang={lang}
        />
        <DateInput
          name="expires"
          legend={t(lang, "dik.berakhir")}
          legendSize="s"
          hint={t(lang, "dikk.f.expires_hint")}
          value={{ day: form["expires-day"], month: form["expires-month"], year: form["expires-year"] }}
          error={errors.expiresOn}
          lang={lang}
        />
        <h2 class="govuk-heading-m">{t(lang, "dikk.section.uji")}</h2>
        <Radios
          name="dilakukan"
          legend="Uji konsekuensi dilakukan"
          legendSize="s"
          value={form.dilakukan}
          error={errors.dilakukan}
          items={UJI_DILAKUKAN.map((x) => ({ value: x, label: t(lang, `dik.uji.${x}`) }))}
          lang={lang}
        />
        <DateInput
          name="uji"
          legend="Tanggal uji konsekuensi"
          legendSize="s"
          value={{ day: form["uji-day"], month: form["uji-month"], year: form["uji-year"] }}
          error={errors.tanggalUji}
          lang={lang}
        />
        {ta("dokumen", "Dokumen yang diuji")}
        {ta("yangDikecualikan", "Bagian yang dikecualikan", "Sebutkan setepat mungkin: halaman, kolom, atau data apa.")}
        {ta("analisisDasarHukum", "Analisis dasar hukum")}
        <TextInput
          name="tim"
          label="Tim penguji"
          hint="Nama dan jabatan anggota tim pertimbangan."
          value={form.tim}
          error={errors.tim}
          lang={lang}
        />
        {ta("kesimpulan", "Kesimpulan uji konsekuensi", "Ditampilkan di Daftar Informasi yang Dikecualikan yang terbuka untuk umum.")}
        <Button>{t(lang, "dipk.save")}</Button>
      </form>
    </>
  );
}

function UjiList({ uji }: { uji: UjiRow[] }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      {uji.map((u) => (
        <SummaryList
          rows={[
            { key: "Dilakukan", value: `${t(lang, `dik.uji.${u.dilakukan}`)}, ${formatDate(lang, u.tanggal)}` },
            { key: "Dokumen", value: <span class="sp-prewrap">{u.dokumen}</span> },
            { key: "Bagian yang dikecualikan", value: <span class="sp-prewrap">{u.yangDikecualikan}</span> },
            { key: "Analisis dasar hukum", value: <span class="sp-prewrap">{u.analisisDasarHukum}</span> },
            { key: "Analisis kerugian", value: <span class="sp-prewrap">{u.analisisKerugian}</span> },
            { key: t(lang, "dik.kepentingan"), value: <span class="sp-prewrap">{u.pertimbanganKepentinganPublik}</span> },
            { key: "Tim", value: u.tim },
            { key: "Kesimpulan", value: <span class="sp-prewrap">{u.kesimpulan}</span> },
          ]}
        />
      ))}
    </>
  );
}

export function DikDetailPage({
  d,
  errors,
  decision = {},
  saved,
}: {
  d: DikListRow & { uji: UjiRow[] };
  errors: FieldErrors;
  decision?: DecisionForm;
  saved: boolean;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const actor = c.get("actor");
  const csrf = actor?.csrfToken ?? "";
  const decider = can(actor, "dik.decide");
  const own = actor?.userId === d.proposedBy;
  const editable = (d.status === "proposed" || d.status === "dikembalikan") && can(actor, "dik.propose", { unitId: d.unitId });
  const pejabat = decision.pejabat ?? (actor ? `${actor.name}, PPID Utama Kabupaten Lebong` : "");
  return (
    <>
      <Crumbs />
      {saved ? <NotificationBanner type="success" heading={t(lang, "dikk.saved")} lang={lang} /> : null}
      <ErrorSummary
        errors={{
          nomorSk: errors.nomorSk,
          tanggalPenetapan: errors.tanggalPenetapan,
          tempatPenetapan: errors.tempatPenetapan,
          pejabat: errors.pejabat,
          note: errors.note,
          reason: errors.reason,
        }}
        targets={{ tanggalPenetapan: "penetapan-day" }}
        lang={lang}
      />
      <h1 class="govuk-heading-l">
        {d.nomor} <StatusTag status={d.status} lang={lang} />
      </h1>
      {d.status === "dikembalikan" && d.returnNote ? (
        <div class="govuk-inset-text">
          <strong>{t(lang, "dikk.return_note")}:</strong> {d.returnNote}
        </div>
      ) : null}
      {d.status === "dicabut" && d.revokedReason ? (
        <div class="govuk-inset-text">{t(lang, "dikk.revoked", { reason: d.revokedReason })}</div>
      ) : null}
      <SummaryList rows={dikRows(lang, d, null)} />
      {editable ? (
        <Button href={href(lang, `/ppid/kelola/dik/${d.id}/ubah`)} variant="secondary">
          {t(lang, "dikk.edit")}
        </Button>
      ) : null}
      <h2 class="govuk-heading-m">{t(lang, "dikk.section.uji")}</h2>
      <UjiList uji={d.uji} />
      {d.status === "proposed" && decider && own ? <p class="govuk-inset-text">{t(lang, "dikk.own")}</p> : null}
      {d.status === "proposed" && decider && !own ? (
        <>
          <form method="post" action={href(lang, `/ppid/kelola/dik/${d.id}/tetapkan`)} novalidate class="sp-section">
            <input type="hidden" name="_csrf" value={csrf} />
            <h2 class="govuk-heading-m">{t(lang, "dikk.approve")}</h2>
            <TextInput name="nomorSk" label="Nomor SK penetapan" value={decision.nomorSk} error={errors.nomorSk} width={20} lang={lang} />
            <DateInput
              name="penetapan"
              legend="Tanggal penetapan"
              legendSize="s"
              value={{ day: decision["penetapan-day"], month: decision["penetapan-month"], year: decision["penetapan-year"] }}
              error={errors.tanggalPenetapan}
              lang={lang}
            />
            <TextInput
              name="tempatPenetapan"
              label="Tempat penetapan"
              value={decision.tempatPenetapan ?? "Tubei"}
              error={errors.tempatPenetapan}
              width={20}
              lang={lang}
            />
            <TextInput name="pejabat" label="Nama dan jabatan pejabat yang menetapkan" value={pejabat} error={errors.pejabat} lang={lang} />
            <Button>{t(lang, "dikk.approve")}</Button>
          </form>
          <form method="post" action={href(lang, `/ppid/kelola/dik/${d.id}/kembalikan`)} novalidate class="sp-section">
            <input type="hidden" name="_csrf" value={csrf} />
            <h2 class="govuk-heading-m">{t(lang, "dikk.return")}</h2>
            <Textarea name="note" label={t(lang, "dikk.return_note")} value={decision.note} error={errors.note} rows={3} lang={lang} />
            <Button variant="secondary">{t(lang, "dikk.return")}</Button>
          </form>
        </>
      ) : null}
      {d.status === "ditetapkan" && decider ? (
        <form method="post" action={href(lang, `/ppid/kelola/dik/${d.id}/cabut`)} novalidate class="sp-section">
          <input type="hidden" name="_csrf" value={csrf} />
          <h2 class="govuk-heading-m">{t(lang, "dikk.revoke")}</h2>
          <Textarea name="reason" label="Alasan pencabutan" value={decision.reason} error={errors.reason} rows={3} lang={lang} />
          <Button variant="warning">{t(lang, "dikk.revoke")}</Button>
        </form>
      ) : null}
    </>
  );
}
