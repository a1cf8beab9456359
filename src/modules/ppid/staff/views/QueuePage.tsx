import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href, type Lang, t } from "../../../../platform/i18n/index.ts";
import { Button, ButtonGroup, Pagination, Select, Table, TextInput } from "../../../../platform/ui/components/index.ts";
import { CHANNEL_LABEL } from "../../labels.ts";
import { STATE_LABEL, STATES } from "../../states.ts";
import { type Queue, type QueueFilter, SECTIONS, URGENCY_FILTERS } from "../queue.ts";
import { civil, StateTag, UrgencyTag } from "./tags.tsx";

/** The query string of a filter (page 1 unless given). */
export function queueQuery(f: Partial<QueueFilter>): string {
  const q = new URLSearchParams();
  if (f.section) q.set("bagian", f.section);
  if (f.state) q.set("status", f.state);
  if (f.unitId) q.set("opd", f.unitId);
  if (f.urgency) q.set("tenggat", f.urgency);
  if (f.q) q.set("cari", f.q);
  if (f.page && f.page > 1) q.set("halaman", String(f.page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function QueuePage({
  queue,
  filter,
  units,
  canIntake,
}: {
  queue: Queue;
  filter: QueueFilter;
  units: { value: string; label: string }[];
  canIntake: boolean;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const base = href(lang, "/ppid/kelola");
  const link = (f: Partial<QueueFilter>) => `${base}${queueQuery(f)}`;
  const current = (on: boolean) => (on ? "page" : undefined);
  return (
    <>
      <h1 class="govuk-heading-l">{t(lang, "ppid.staff.queue.title")}</h1>
      <p class="govuk-body">{t(lang, "ppid.staff.queue.intro")}</p>
      {canIntake ? (
        <ButtonGroup>
          <Button href={href(lang, "/ppid/kelola/baru")}>{t(lang, "ppid.staff.new")}</Button>
        </ButtonGroup>
      ) : null}

      <StaffMenu lang={lang} />

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-s">Tahap</h2>
          <ul class="govuk-list">
            <li>
              <a class="govuk-link" href={link({})} aria-current={current(!filter.section)}>
                {t(lang, "ppid.staff.section.all")}
              </a>
            </li>
            {SECTIONS.map((s) => (
              <li>
                <a class="govuk-link" href={link({ section: s })} aria-current={current(filter.section === s)}>
                  {t(lang, `ppid.staff.section.${s}`)}
                </a>{" "}
                <strong>({queue.counts[s]})</strong>
              </li>
            ))}
          </ul>
        </div>
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-s">Tenggat</h2>
          <ul class="govuk-list">
            {URGENCY_FILTERS.map((u) => (
              <li>
                <a class="govuk-link" href={link({ urgency: u })} aria-current={current(filter.urgency === u)}>
                  {t(lang, `ppid.staff.urgency.${u}`)}
                </a>{" "}
                <strong>({queue.counts[u]})</strong>
              </li>
            ))}
          </ul>
        </div>
      </div>

      <form method="get" action={base} class="sp-section" aria-label={t(lang, "ppid.staff.filter")}>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <TextInput name="cari" label={t(lang, "ppid.staff.filter.search")} value={filter.q ?? ""} type="search" lang={lang} />
            <Select
              name="status"
              label={t(lang, "ppid.staff.col.state")}
              value={filter.state ?? ""}
              items={[{ value: "", label: t(lang, "ppid.staff.section.all") }, ...STATES.map((s) => ({ value: s, label: STATE_LABEL[s] }))]}
              lang={lang}
            />
          </div>
          <div class="govuk-grid-column-one-half">
            <Select
              name="opd"
              label={t(lang, "ppid.staff.col.unit")}
              value={filter.unitId ?? ""}
              items={[{ value: "", label: t(lang, "ppid.staff.filter.any") }, ...units]}
              lang={lang}
            />
            <Select
              name="tenggat"
              label={t(lang, "ppid.staff.col.flag")}
              value={filter.urgency ?? ""}
              items={[
                { value: "", label: t(lang, "ppid.staff.filter.any") },
                ...URGENCY_FILTERS.map((u) => ({ value: u, label: t(lang, `ppid.staff.urgency.${u}`) })),
              ]}
              lang={lang}
            />
          </div>
        </div>
        {filter.section ? <input type="hidden" name="bagian" value={filter.section} /> : null}
        <ButtonGroup>
          <Button variant="secondary">{t(lang, "ppid.staff.filter")}</Button>
          <a class="govuk-link" href={base}>
            {t(lang, "ppid.staff.filter.clear")}
          </a>
        </ButtonGroup>
      </form>

      {queue.rows.length === 0 ? (
        <p class="govuk-body">{t(lang, "ppid.staff.empty")}</p>
      ) : (
        <Table
          caption={t(lang, "ppid.staff.count", { n: queue.total })}
          captionSize="s"
          head={[
            t(lang, "ppid.staff.col.number"),
            t(lang, "ppid.staff.col.requester"),
            t(lang, "ppid.staff.col.state"),
            t(lang, "ppid.staff.col.unit"),
            t(lang, "ppid.staff.col.due"),
            t(lang, "ppid.staff.col.flag"),
          ]}
          rows={queue.rows.map((r) => [
            <a class="govuk-link" href={href(lang, `/ppid/kelola/permohonan/${r.id}`)}>
              {r.number ?? t(lang, "ppid.staff.unregistered")}
            </a>,
            <>
              {r.name}
              <br />
              <span class="govuk-body-s sp-muted">{CHANNEL_LABEL[r.channel] ?? r.channel}</span>
            </>,
            <StateTag s={r.state} />,
            r.unitName ?? "—",
            <>
              {civil(r.dueOn, lang)}
              {r.extended ? <span class="govuk-body-s sp-muted"> (diperpanjang)</span> : null}
            </>,
            <UrgencyTag u={r.urgency} lang={lang} />,
          ])}
        />
      )}
      <Pagination current={queue.page} total={queue.pages} href={(n) => link({ ...filter, page: n })} lang={lang} />
    </>
  );
}

/** Every PPID work page, from the queue (each page checks its own rule; links to pages a person may not open answer 403). */
const STAFF_LINKS: [string, string][] = [
  ["/ppid/kelola/keberatan", "Keberatan"],
  ["/ppid/kelola/surel", "Surel masuk PPID"],
  ["/ppid/kelola/dip", "Daftar Informasi Publik"],
  ["/ppid/kelola/dik", "Informasi yang dikecualikan"],
  ["/ppid/kelola/register", "Buku register"],
  ["/ppid/kelola/laporan", "Laporan layanan informasi"],
  ["/ppid/kelola/maklumat", "Maklumat dan biaya"],
  ["/ppid/kelola/hukum", "Data hukum dan batas waktu"],
];

function StaffMenu({ lang }: { lang: Lang }) {
  return (
    <nav aria-label="Menu PPID" class="govuk-!-margin-bottom-6">
      <ul class="govuk-list sp-inline-list">
        {STAFF_LINKS.map(([path, label]) => (
          <li>
            <a class="govuk-link" href={href(lang, path)}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
