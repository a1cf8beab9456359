/** Staff pages: the objection queue and the desk form. */
import { useRequestContext } from "hono/jsx-renderer";
import { jakartaDate } from "../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import {
  Breadcrumbs,
  Button,
  DateInput,
  ErrorSummary,
  Table,
  Tag,
  type TagColour,
  Textarea,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import type { Urgency } from "../../ppid/index.ts";
import type { QueueRow } from "../queries.ts";
import type { ReasonWindow } from "../reasons.ts";
import { REASONS } from "../schema.ts";
import { day, type LawDays, ReasonChoices, StateTag } from "./parts.tsx";
import "../messages.ts";

const URGENCY: Partial<Record<Urgency, [string, TagColour]>> = {
  due_soon: ["Segera jatuh tempo", "yellow"],
  due_today: ["Jatuh tempo hari ini", "orange"],
  overdue: ["Terlambat", "red"],
  long_overdue: ["Sangat terlambat", "red"],
};

export function StaffCrumbs() {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <Breadcrumbs
      items={[
        { text: "Kelola PPID", href: href(lang, "/ppid/kelola") },
        { text: t(lang, "keb.staff.title"), href: href(lang, "/ppid/kelola/keberatan") },
      ]}
      lang={lang}
    />
  );
}

export function QueuePage({ rows, all, canDesk, law }: { rows: QueueRow[]; all: boolean; canDesk: boolean; law: LawDays }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <StaffCrumbs />
      <h1 class="govuk-heading-l">{t(lang, "keb.staff.title")}</h1>
      <p class="govuk-body">
        Keberatan yang menunggu tanggapan Atasan PPID diurutkan menurut batas waktunya ({law.atasanDecisionDays} hari kerja sejak diterima),
        lalu keberatan yang sudah diputus dan sengketa di Komisi Informasi.
      </p>
      {canDesk ? <Button href={href(lang, "/ppid/kelola/keberatan/baru")}>{t(lang, "keb.staff.desk")}</Button> : null}
      <p class="govuk-body">
        {all ? (
          <a class="govuk-link" href={href(lang, "/ppid/kelola/keberatan")}>
            Tampilkan yang masih berjalan saja
          </a>
        ) : (
          <a class="govuk-link" href={href(lang, "/ppid/kelola/keberatan?semua=1")}>
            Tampilkan juga yang sudah selesai
          </a>
        )}
      </p>
      {rows.length === 0 ? (
        <p class="govuk-body">Tidak ada keberatan.</p>
      ) : (
        <Table
          caption={`${rows.length} keberatan`}
          captionSize="s"
          head={["Nomor", "Diterima", "Alasan", "Batas waktu", "Status"]}
          rows={rows.map(({ k, urgency }) => {
            const u = URGENCY[urgency];
            return [
              <a class="govuk-link" href={href(lang, `/ppid/kelola/keberatan/${k.id}`)}>
                {k.number}
              </a>,
              day(jakartaDate(k.receivedAt)),
              (k.reasons as string[]).map((r) => `(${r})`).join(" "),
              <>
                {day(k.dueOn)}
                {u ? (
                  <>
                    {" "}
                    <Tag colour={u[1]}>{u[0]}</Tag>
                  </>
                ) : null}
              </>,
              <StateTag state={k.state} />,
            ];
          })}
        />
      )}
    </>
  );
}

export interface DeskForm {
  nomor: string;
  reasons: string[];
  kasusPosisi: string;
  purpose: string;
  proxyName: string;
  email: string;
  phone: string;
  "diterima-day": string;
  "diterima-month": string;
  "diterima-year": string;
  receivedTime: string;
}

/** The desk enters an objection: windows are checked at the receipt date (on saving), so every reason is listed. */
export function DeskFormPage({ form, law, errors = {} }: { form: DeskForm; law: LawDays; errors?: FieldErrors }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const all: ReasonWindow[] = REASONS.map((reason) => ({ reason, status: "open", arose: null, lastDay: null, why: null }));
  return (
    <>
      <StaffCrumbs />
      <ErrorSummary
        errors={{
          nomor: errors.nomor,
          receivedDate: errors.receivedDate,
          receivedTime: errors.receivedTime,
          reasons: errors.reasons,
          kasusPosisi: errors.kasusPosisi,
          purpose: errors.purpose,
          proxyName: errors.proxyName,
          email: errors.email,
          phone: errors.phone,
        }}
        targets={{ receivedDate: "diterima-day" }}
        lang={lang}
      />
      <h1 class="govuk-heading-l">{t(lang, "keb.staff.desk")}</h1>
      <form method="post" action={href(lang, "/ppid/kelola/keberatan/baru")} novalidate>
        <input type="hidden" name="_csrf" value={c.get("actor")?.csrfToken ?? ""} />
        <TextInput
          name="nomor"
          label={t(lang, "keb.nomor")}
          hint={t(lang, "keb.nomor_hint")}
          value={form.nomor}
          error={errors.nomor}
          width={20}
          lang={lang}
        />
        <DateInput
          name="diterima"
          legend="Tanggal keberatan diterima"
          legendSize="s"
          hint="Tanggal sebenarnya keberatan diterima di loket atau surat tiba. Contoh: 25 5 2026"
          value={{ day: form["diterima-day"], month: form["diterima-month"], year: form["diterima-year"] }}
          error={errors.receivedDate}
          lang={lang}
        />
        <TextInput
          name="receivedTime"
          label="Jam diterima (WIB)"
          hint="Misalnya 09:30"
          value={form.receivedTime}
          error={errors.receivedTime}
          width={5}
          lang={lang}
        />
        <ReasonChoices windows={all} windowDays={law.objectionWindowDays} values={form.reasons} error={errors.reasons} lang={lang} />
        <Textarea
          name="kasusPosisi"
          label={t(lang, "keb.kasus")}
          value={form.kasusPosisi}
          error={errors.kasusPosisi}
          rows={5}
          lang={lang}
        />
        <Textarea name="purpose" label={t(lang, "keb.purpose")} value={form.purpose} error={errors.purpose} rows={3} lang={lang} />
        <TextInput name="proxyName" label={t(lang, "keb.proxy")} value={form.proxyName} error={errors.proxyName} lang={lang} />
        <TextInput
          name="email"
          type="email"
          label={t(lang, "keb.email")}
          hint="Kosongkan untuk memakai email permohonan."
          value={form.email}
          error={errors.email}
          lang={lang}
        />
        <TextInput name="phone" type="tel" label={t(lang, "keb.phone")} value={form.phone} error={errors.phone} width={20} lang={lang} />
        <Button>{t(lang, "keb.file")}</Button>
      </form>
    </>
  );
}
