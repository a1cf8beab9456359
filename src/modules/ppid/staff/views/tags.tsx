/** Small shared pieces of the staff pages: state and urgency tags, dates. */
import { formatCivilDate, jakartaDate, jakartaTime } from "../../../../platform/calendar/index.ts";
import { type Lang, t } from "../../../../platform/i18n/index.ts";
import { Tag, type TagColour } from "../../../../platform/ui/components/index.ts";
import type { Urgency } from "../../clock.ts";
import { STATE_LABEL, type State } from "../../states.ts";

const URGENCY_COLOUR: Record<Urgency, TagColour | null> = {
  normal: null,
  stopped: null,
  due_soon: "yellow",
  due_today: "orange",
  overdue: "red",
  long_overdue: "red",
  paused: "grey",
};

export function UrgencyTag({ u, lang }: { u: Urgency; lang: Lang }) {
  const colour = URGENCY_COLOUR[u];
  if (!colour) return <span class="sp-muted">{t(lang, `ppid.staff.urgency.${u}`)}</span>;
  return <Tag colour={colour}>{t(lang, `ppid.staff.urgency.${u}`)}</Tag>;
}

const STATE_COLOUR: Record<State, TagColour> = {
  DIAJUKAN: "purple",
  TERREGISTRASI: "blue",
  PERLU_KELENGKAPAN: "grey",
  DIPROSES: "teal",
  DIPUTUS: "green",
  INFORMASI_DISERAHKAN: "green",
  SELESAI: "grey",
  DITARIK: "grey",
};

export function StateTag({ s }: { s: State }) {
  return <Tag colour={STATE_COLOUR[s]}>{STATE_LABEL[s]}</Tag>;
}

/** "Selasa, 7 April 2026" or a dash. */
export const civil = (d: string | null | undefined, lang: Lang = "id") => (d ? formatCivilDate(lang, d) : "—");

/** "13 Maret 2026 pukul 16.30 WIB". */
export function wibStamp(at: Date, lang: Lang = "id"): string {
  const time = jakartaTime(at);
  return `${formatCivilDate(lang, jakartaDate(at), { weekday: false })} ${lang === "id" ? "pukul" : "at"} ${lang === "id" ? time.replace(":", ".") : time} WIB`;
}
