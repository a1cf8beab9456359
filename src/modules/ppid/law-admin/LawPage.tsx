import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { href } from "../../../platform/i18n/index.ts";
import {
  Button,
  Checkboxes,
  ErrorSummary,
  NotificationBanner,
  Radios,
  Table,
  Tag,
  Textarea,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import { DEFAULT_LAW, type Law } from "../law.ts";
import { departures, LAW_FIELDS, LAW_GROUPS, LAW_KEYS, type LawField, showValue } from "./fields.ts";

const TEXT = {
  title: { id: "Data hukum layanan informasi", en: "Law data of the information service" },
  intro: {
    id: "Jangka waktu dan ambang yang dipakai setiap batas waktu permohonan informasi. Nilai bawaan mengikuti UU 14/2008 tentang Keterbukaan Informasi Publik dan Perki 1/2021. Setiap perubahan dicatat di jejak audit beserta alasannya, dan batas waktu semua permohonan yang masih berjalan dihitung ulang.",
    en: "The periods and thresholds every request deadline uses. The defaults follow Law 14/2008 on Public Information Disclosure and Perki 1/2021. Every change is recorded in the audit trail with its reason, and the deadlines of all open requests are recomputed.",
  },
  current: { id: "Nilai yang berlaku", en: "Values in force" },
  head: { id: ["Ketentuan", "Berlaku", "Bawaan", "Keterangan"], en: ["Setting", "In force", "Default", "Note"] },
  same: { id: "Sesuai bawaan", en: "Default" },
  differs: { id: "Berbeda dari bawaan", en: "Changed" },
  departs: { id: "Menyimpang dari UU KIP", en: "Departs from the statute" },
  departBanner: {
    id: "Nilai berikut menyimpang dari ketentuan UU 14/2008:",
    en: "These values depart from Law 14/2008:",
  },
  saved: { id: "Data hukum disimpan.", en: "Law data saved." },
  recompute: {
    id: "Batas waktu permohonan yang masih berjalan sedang dihitung ulang; setiap perubahan tercatat pada riwayat permohonannya.",
    en: "The deadlines of open requests are being recomputed; each change is recorded on its request.",
  },
  change: { id: "Ubah data hukum", en: "Change the law data" },
  reason: { id: "Alasan perubahan", en: "Reason for the change" },
  reasonHint: {
    id: "Misalnya nomor dan tanggal keputusan yang menjadi dasar. Alasan disimpan di jejak audit.",
    en: "For example the number and date of the decision behind it. Kept in the audit trail.",
  },
  warn: {
    id: "Mengubah jangka waktu yang ditetapkan UU 14/2008 berarti layanan tidak lagi mengikuti undang-undang. Lakukan hanya bila ada dasar hukum yang lebih baru.",
    en: "Changing a period set by Law 14/2008 means the service no longer follows the statute. Do so only on a newer legal basis.",
  },
  warnLabel: { id: "Peringatan", en: "Warning" },
  confirm: { id: "Konfirmasi", en: "Confirmation" },
  confirmItem: {
    id: "Saya mengerti bahwa nilai yang saya isi menyimpang dari UU 14/2008",
    en: "I understand that the values I entered depart from Law 14/2008",
  },
  yes: { id: "Ya", en: "Yes" },
  no: { id: "Tidak", en: "No" },
  save: { id: "Simpan perubahan", en: "Save changes" },
};

export function LawPage({
  current,
  form,
  errors = {},
  saved,
  recompute,
}: {
  current: Law;
  form: Record<string, string>;
  errors?: FieldErrors;
  saved?: boolean;
  recompute?: boolean;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const off = departures(current);
  return (
    <>
      {saved ? (
        <NotificationBanner type="success" heading={TEXT.saved[lang]} lang={lang}>
          {recompute ? <p class="govuk-body">{TEXT.recompute[lang]}</p> : null}
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={{ ...errors }} lang={lang} />
      <h1 class="govuk-heading-l">{TEXT.title[lang]}</h1>
      <p class="govuk-body">{TEXT.intro[lang]}</p>
      {off.length ? (
        <NotificationBanner titleId="law-departs" heading={TEXT.departBanner[lang]} lang={lang}>
          <ul class="govuk-list govuk-list--bullet">
            {off.map((k) => (
              <li>
                {LAW_FIELDS[k].label[lang]}: {showValue(k, current[k], lang)} ({showValue(k, DEFAULT_LAW[k], lang)})
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      <Table
        caption={TEXT.current[lang]}
        head={TEXT.head[lang]}
        firstCellIsHeader
        rows={LAW_KEYS.map((k) => [
          LAW_FIELDS[k].label[lang],
          showValue(k, current[k], lang),
          showValue(k, DEFAULT_LAW[k], lang),
          current[k] === DEFAULT_LAW[k] ? (
            <Tag colour="green">{TEXT.same[lang]}</Tag>
          ) : LAW_FIELDS[k].statutory ? (
            <Tag colour="red">{TEXT.departs[lang]}</Tag>
          ) : (
            <Tag colour="yellow">{TEXT.differs[lang]}</Tag>
          ),
        ])}
      />
      <h2 class="govuk-heading-l">{TEXT.change[lang]}</h2>
      <form method="post" action={href(lang, "/ppid/kelola/hukum")} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        {LAW_GROUPS.map((g) => (
          <>
            <h3 class="govuk-heading-m">{g.title[lang]}</h3>
            {g.keys.map((k) => (
              <Field f={LAW_FIELDS[k]} value={form[k] ?? ""} error={errors[k]} lang={lang} />
            ))}
          </>
        ))}
        <Textarea
          name="reason"
          label={TEXT.reason[lang]}
          labelSize="m"
          hint={TEXT.reasonHint[lang]}
          value={form.reason ?? ""}
          error={errors.reason}
          rows={3}
          lang={lang}
        />
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{TEXT.warnLabel[lang]}</span>
            {TEXT.warn[lang]}
          </strong>
        </div>
        <Checkboxes
          name="confirmDeparture"
          legend={TEXT.confirm[lang]}
          legendSize="s"
          error={errors.confirmDeparture}
          values={form.confirmDeparture ? ["ya"] : []}
          items={[{ value: "ya", label: TEXT.confirmItem[lang] }]}
          lang={lang}
        />
        <Button>{TEXT.save[lang]}</Button>
      </form>
    </>
  );
}

function Field({ f, value, error, lang }: { f: LawField; value: string; error?: string; lang: "id" | "en" }) {
  const hint = `${f.hint[lang]} ${lang === "id" ? "Bawaan" : "Default"}: ${showValue(f.key, DEFAULT_LAW[f.key], lang)}.`;
  if (f.kind === "bool" || f.kind === "clarification") {
    const items =
      f.kind === "bool"
        ? [
            { value: "ya", label: TEXT.yes[lang] },
            { value: "tidak", label: TEXT.no[lang] },
          ]
        : (["restart", "resume"] as const).map((v) => ({ value: v, label: showValue(f.key, v, lang) }));
    return (
      <Radios
        name={f.key}
        legend={f.label[lang]}
        legendSize="s"
        hint={hint}
        error={error}
        value={value}
        items={items}
        inline={f.kind === "bool"}
        lang={lang}
      />
    );
  }
  return (
    <TextInput
      name={f.key}
      label={f.label[lang]}
      hint={hint}
      value={value}
      error={error}
      width={f.kind === "code" ? 10 : f.kind === "time" ? 5 : 3}
      inputmode={f.kind === "time" || f.kind === "code" ? undefined : "numeric"}
      lang={lang}
    />
  );
}
