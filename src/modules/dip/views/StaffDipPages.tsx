import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { formatDate, href, t } from "../../../platform/i18n/index.ts";
import {
  Breadcrumbs,
  Button,
  Checkboxes,
  ErrorSummary,
  NotificationBanner,
  Pagination,
  Radios,
  Select,
  Table,
  Tag,
  Textarea,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import { type DipListRow, isStale } from "../queries.ts";
import { DIP_BENTUK, DIP_KATEGORI } from "../schema.ts";
import { KategoriTag } from "./PublicDipPage.tsx";

export interface DipForm {
  unitId: string;
  ringkasan: string;
  pejabatPenguasa: string;
  penanggungJawab: string;
  waktuPembuatan: string;
  tempatPembuatan: string;
  bentuk: string;
  retensi: string;
  kategori: string;
  link: string;
  tahun: string;
  diperbarui: string;
}

function Crumbs() {
  const lang = useRequestContext<AppEnv>().get("lang");
  return <Breadcrumbs items={[{ text: t(lang, "dipk.title"), href: href(lang, "/ppid/kelola/dip") }]} lang={lang} />;
}

export function StaffDipList(props: {
  rows: DipListRow[];
  total: number;
  page: number;
  pages: number;
  q: string;
  staleOnly: boolean;
  staleTotal: number;
  /** law.berkalaMonths */
  berkalaMonths: number;
  saved: boolean;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const now = new Date();
  const qs = (n: number) => {
    const s = new URLSearchParams();
    if (props.q) s.set("q", props.q);
    if (props.staleOnly) s.set("basi", "1");
    if (n > 1) s.set("page", String(n));
    return s.size ? `?${s}` : "";
  };
  return (
    <>
      {props.saved ? <NotificationBanner type="success" heading={t(lang, "dipk.saved")} lang={lang} /> : null}
      {props.staleTotal > 0 ? (
        <NotificationBanner
          titleId="dip-stale"
          heading={t(lang, "dipk.stale_banner", { n: props.staleTotal, months: props.berkalaMonths })}
          lang={lang}
        >
          <p class="govuk-body">
            <a class="govuk-notification-banner__link" href={href(lang, props.staleOnly ? "/ppid/kelola/dip" : "/ppid/kelola/dip?basi=1")}>
              {t(lang, props.staleOnly ? "dipk.all" : "dipk.stale_show")}
            </a>
          </p>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">{t(lang, "dipk.title")}</h1>
      <p class="govuk-body">{t(lang, "dipk.intro", { months: props.berkalaMonths })}</p>
      <Button href={href(lang, "/ppid/kelola/dip/baru")}>{t(lang, "dipk.add")}</Button>
      <form method="get" action={href(lang, "/ppid/kelola/dip")} role="search" class="sp-search" novalidate>
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="q">
            {t(lang, "dip.search")}
          </label>
          <div class="sp-search__row">
            <input class="govuk-input sp-search__input" id="q" name="q" type="search" value={props.q} />
            {props.staleOnly ? <input type="hidden" name="basi" value="1" /> : null}
            <button type="submit" class="govuk-button sp-search__button">
              {t(lang, "dip.filter.submit")}
            </button>
          </div>
        </div>
      </form>
      <Table
        caption={t(lang, "dip.count", { n: props.total })}
        head={[
          t(lang, "dip.col.nomor"),
          t(lang, "dip.col.ringkasan"),
          t(lang, "dip.col.kategori"),
          t(lang, "dip.col.unit"),
          t(lang, "dipk.last_updated"),
          t(lang, "dipk.status"),
          "",
        ]}
        rows={props.rows.map((r) => [
          String(r.nomor),
          r.ringkasan,
          <KategoriTag k={r.kategori} lang={lang} />,
          r.unitName,
          formatDate(lang, r.lastUpdatedAt),
          <>
            {r.published ? <Tag colour="green">{t(lang, "dipk.published")}</Tag> : <Tag colour="grey">{t(lang, "dipk.unpublished")}</Tag>}{" "}
            {isStale(r, props.berkalaMonths, now) ? <Tag colour="orange">{t(lang, "dipk.stale")}</Tag> : null}
          </>,
          <a class="govuk-link" href={href(lang, `/ppid/kelola/dip/${r.id}`)}>
            {t(lang, "dipk.edit_link")}
            <span class="govuk-visually-hidden"> {r.ringkasan}</span>
          </a>,
        ])}
      />
      <Pagination current={props.page} total={props.pages} href={(n) => href(lang, `/ppid/kelola/dip${qs(n)}`)} lang={lang} />
    </>
  );
}

const ORDER = [
  "unitId",
  "ringkasan",
  "pejabatPenguasa",
  "penanggungJawab",
  "waktuPembuatan",
  "tempatPembuatan",
  "bentuk",
  "retensi",
  "kategori",
  "link",
  "tahun",
];

export function DipFormPage({
  item,
  stale = false,
  form,
  units,
  errors = {},
}: {
  item?: DipListRow;
  /** The item is overdue (isStale with law.berkalaMonths). */
  stale?: boolean;
  form: DipForm;
  units: { value: string; label: string }[];
  errors?: FieldErrors;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const action = href(lang, item ? `/ppid/kelola/dip/${item.id}` : "/ppid/kelola/dip/baru");
  return (
    <>
      <Crumbs />
      <ErrorSummary
        errors={Object.fromEntries(ORDER.map((k) => [k, errors[k]]))}
        targets={{ bentuk: "bentuk", kategori: "kategori" }}
        lang={lang}
      />
      <h1 class="govuk-heading-l">{t(lang, item ? "dipk.edit" : "dipk.add")}</h1>
      {item && stale ? (
        <p class="govuk-inset-text">
          <Tag colour="orange">{t(lang, "dipk.stale")}</Tag> {t(lang, "dipk.last_updated")}: {formatDate(lang, item.lastUpdatedAt)}
        </p>
      ) : null}
      <form method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        <Select
          name="unitId"
          label={t(lang, "dip.col.unit")}
          value={form.unitId}
          error={errors.unitId}
          items={[{ value: "", label: t(lang, "dipk.choose") }, ...units]}
          lang={lang}
        />
        <Textarea
          name="ringkasan"
          label={t(lang, "dip.col.ringkasan")}
          hint={t(lang, "dipk.hint.ringkasan")}
          value={form.ringkasan}
          error={errors.ringkasan}
          rows={3}
          lang={lang}
        />
        <TextInput
          name="pejabatPenguasa"
          label={t(lang, "dip.col.pejabat")}
          hint={t(lang, "dipk.hint.pejabat")}
          value={form.pejabatPenguasa}
          error={errors.pejabatPenguasa}
          lang={lang}
        />
        <TextInput
          name="penanggungJawab"
          label={t(lang, "dip.col.pj")}
          value={form.penanggungJawab}
          error={errors.penanggungJawab}
          lang={lang}
        />
        <TextInput
          name="waktuPembuatan"
          label="Waktu pembuatan"
          value={form.waktuPembuatan}
          error={errors.waktuPembuatan}
          width={20}
          lang={lang}
        />
        <TextInput
          name="tempatPembuatan"
          label="Tempat pembuatan"
          value={form.tempatPembuatan}
          error={errors.tempatPembuatan}
          width={20}
          lang={lang}
        />
        <Radios
          name="bentuk"
          legend={t(lang, "dip.col.bentuk")}
          legendSize="s"
          value={form.bentuk}
          error={errors.bentuk}
          items={DIP_BENTUK.map((b) => ({ value: b, label: t(lang, `dip.bentuk.${b}`) }))}
          lang={lang}
        />
        <TextInput
          name="retensi"
          label={t(lang, "dip.col.retensi")}
          hint={t(lang, "dipk.hint.retensi")}
          value={form.retensi}
          error={errors.retensi}
          lang={lang}
        />
        <Radios
          name="kategori"
          legend={t(lang, "dip.col.kategori")}
          legendSize="s"
          value={form.kategori}
          error={errors.kategori}
          items={DIP_KATEGORI.map((k) => ({ value: k, label: t(lang, `dip.kategori.${k}`) }))}
          lang={lang}
        />
        <TextInput
          name="link"
          type="url"
          label={t(lang, "dip.col.link")}
          hint={t(lang, "dipk.hint.link")}
          value={form.link}
          error={errors.link}
          lang={lang}
        />
        <TextInput
          name="tahun"
          label={t(lang, "dip.filter.tahun")}
          value={form.tahun}
          error={errors.tahun}
          width={4}
          inputmode="numeric"
          lang={lang}
        />
        {item ? (
          <Checkboxes
            name="diperbarui"
            legend={t(lang, "dipk.last_updated")}
            legendSize="s"
            items={[{ value: "ya", label: t(lang, "dipk.diperbarui") }]}
            values={form.diperbarui === "ya" ? ["ya"] : []}
            lang={lang}
          />
        ) : null}
        <Button>{t(lang, "dipk.save")}</Button>
      </form>
      {item ? (
        <form method="post" action={href(lang, `/ppid/kelola/dip/${item.id}/terbit`)} novalidate class="sp-section">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="published" value={item.published ? "tidak" : "ya"} />
          <p class="govuk-body">{t(lang, "dipk.publish_hint")}</p>
          <Button variant={item.published ? "warning" : "secondary"}>{t(lang, item.published ? "dipk.unpublish" : "dipk.publish")}</Button>
        </form>
      ) : null}
    </>
  );
}
