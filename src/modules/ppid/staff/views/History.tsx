/** The case history for staff: every event, staff-only notes marked as such. */
import type { Child } from "hono/jsx";
import type { Lang } from "../../../../platform/i18n/index.ts";
import { Table, Tag } from "../../../../platform/ui/components/index.ts";
import type { ppidRequestEvents } from "../../schema.ts";
import { civil, wibStamp } from "./tags.tsx";

type Event = typeof ppidRequestEvents.$inferSelect;

export const EVENT_LABEL: Record<string, string> = {
  received: "Permohonan diterima",
  registered: "Diregistrasi",
  receipt_issued: "Tanda bukti diterbitkan",
  assigned: "Diteruskan ke PPID Pelaksana",
  reassigned: "Dialihkan ke OPD lain",
  clarification_requested: "Kelengkapan diminta (waktu berhenti)",
  clarification_received: "Kelengkapan diterima (waktu berjalan lagi)",
  extended: "Batas waktu diperpanjang",
  decided: "Diputus: pemberitahuan tertulis",
  handed_over: "Informasi diserahkan",
  closed: "Permohonan selesai",
  withdrawn: "Ditarik pemohon",
  note: "Catatan internal",
  clock_recomputed: "Batas waktu dihitung ulang",
};

function details(e: Event, lang: Lang) {
  const d = e.data as Record<string, unknown>;
  const bits: Child[] = [];
  if (typeof d.unitName === "string")
    bits.push(`OPD: ${d.unitName}${typeof d.fromUnitName === "string" ? ` (sebelumnya ${d.fromUnitName})` : ""}`);
  if (typeof d.number === "string") bits.push(`Nomor ${d.number}`);
  if (e.kind === "extended" && typeof d.days === "number") bits.push(`+${d.days} hari kerja`);
  if (e.kind === "clock_recomputed") bits.push(`${civil(d.before as string | null, lang)} → ${civil(d.after as string | null, lang)}`);
  if (Array.isArray(d.files) && d.files.length) bits.push(`Berkas: ${(d.files as { name: string }[]).map((f) => f.name).join(", ")}`);
  if (Array.isArray(d.references))
    for (const r of d.references as { title: string; url: string }[])
      bits.push(
        <a class="govuk-link" href={r.url} rel="noopener noreferrer">
          {r.title}
        </a>,
      );
  if (typeof d.fee === "number")
    bits.push(d.fee > 0 ? `Biaya Rp${d.fee.toLocaleString("id-ID")}${d.paymentNote ? ` — ${d.paymentNote}` : ""}` : "Tanpa biaya");
  return bits;
}

export function History({ events, lang }: { events: Event[]; lang: Lang }) {
  return (
    <section aria-labelledby="riwayat">
      <h2 class="govuk-heading-m" id="riwayat">
        Riwayat
      </h2>
      <Table
        head={["Waktu", "Peristiwa", "Oleh", "Keterangan"]}
        rows={events.map((e) => [
          <span class="govuk-body-s">{wibStamp(e.at, lang)}</span>,
          <>
            {EVENT_LABEL[e.kind] ?? e.kind}
            {e.visibility === "staff" ? (
              <>
                {" "}
                <Tag colour="grey">Hanya petugas</Tag>
              </>
            ) : null}
          </>,
          e.actorName,
          <>
            {e.note ? <p class="govuk-body-s sp-prewrap">{e.note}</p> : null}
            {details(e, lang).map((b) => (
              <p class="govuk-body-s">{b}</p>
            ))}
          </>,
        ])}
      />
    </section>
  );
}
