/**
 * The buku register permohonan informasi publik for staff, in the statutory
 * columns of domain.md §1.7 and in that order, for a period of receipt dates:
 * every registered request (withdrawn ones too), oldest first. "No" is the
 * registration number (nomor pendaftaran), the register's own running number.
 */
import { and, asc, count, eq, gte, inArray, isNotNull, lt } from "drizzle-orm";
import { jakartaDate } from "../../../platform/calendar/index.ts";
import type { Executor } from "../../../platform/db/client.ts";
import { dikItems, PASAL17 } from "../../dip/index.ts";
import { INFORMATION_STATUS_LABEL } from "../labels.ts";
import { ppidRequests, ppidResponses } from "../schema.ts";
import { DECISION_LABEL, STATE_LABEL } from "../states.ts";
import { type Period, periodInstants } from "./period.ts";
import { groundsInContent } from "./stats.ts";
import type { SheetColumn } from "./xlsx.ts";

/** §1.7, in order. */
export const REQUEST_REGISTER_COLUMNS: SheetColumn[] = [
  { header: "No", width: 20 },
  { header: "Tanggal permohonan", width: 14, kind: "date" },
  { header: "Nama", width: 26 },
  { header: "Alamat", width: 32 },
  { header: "Nomor kontak", width: 24 },
  { header: "Pekerjaan", width: 18 },
  { header: "Informasi yang diminta", width: 48 },
  { header: "Tujuan penggunaan", width: 32 },
  { header: "Status informasi", width: 28 },
  { header: "Bentuk (softcopy/hardcopy)", width: 16 },
  { header: "Jenis permohonan (melihat/salinan)", width: 18 },
  { header: "Keputusan", width: 26 },
  { header: "Alasan penolakan", width: 40 },
  { header: "Tanggal pemberitahuan tertulis", width: 16, kind: "date" },
  { header: "Tanggal penyerahan", width: 14, kind: "date" },
  { header: "Biaya & cara bayar", width: 26 },
];

export type RegisterBookRow = [
  no: string,
  received: string,
  name: string,
  address: string,
  contact: string,
  occupation: string,
  details: string,
  purpose: string,
  infoStatus: string,
  form: string,
  kind: string,
  decision: string,
  refusal: string,
  noticeDate: string | null,
  handOverDate: string | null,
  fee: string,
];

const COPY = ["salinan_hardcopy", "salinan_softcopy"];

/** Softcopy / hardcopy from the ways the requester asked to get the information. */
export function formOf(methods: string[]): string {
  const soft = methods.includes("salinan_softcopy");
  const hard = methods.includes("salinan_hardcopy");
  return soft && hard ? "Softcopy dan hardcopy" : soft ? "Softcopy" : hard ? "Hardcopy" : "—";
}

/** Melihat (to see, read, listen, note) and/or a copy (salinan). */
export function kindOf(methods: string[]): string {
  const copy = methods.some((m) => COPY.includes(m));
  const see = methods.some((m) => !COPY.includes(m));
  return copy && see ? "Melihat dan salinan" : copy ? "Salinan" : "Melihat";
}

/** The first string found under one of `keys` anywhere in the notice content. */
export function findText(content: unknown, keys: RegExp, depth = 0): string | null {
  if (depth > 6 || content === null || typeof content !== "object") return null;
  for (const [k, v] of Object.entries(content as Record<string, unknown>)) {
    if (keys.test(k) && typeof v === "string" && v.trim()) return v.trim();
  }
  for (const v of Object.values(content as Record<string, unknown>)) {
    const hit = findText(v, keys, depth + 1);
    if (hit) return hit;
  }
  return null;
}

const HOLDER_KEYS = /^(pemegang|holder|holderName|penguasa|badanPenguasa|heldBy|referTo|rujukan)$/i;
const PAYMENT_KEYS = /^(paymentMethod|payment|caraBayar|cara_bayar|caraPembayaran|cara_pembayaran)$/i;
const numberIn = (c: unknown, key: string) =>
  c && typeof c === "object" && typeof (c as Record<string, unknown>)[key] === "number"
    ? ((c as Record<string, unknown>)[key] as number)
    : null;
const stringsIn = (c: unknown, key: string): string[] => {
  const v = c && typeof c === "object" ? (c as Record<string, unknown>)[key] : null;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};
const rupiah = (n: number) => `Rp ${n.toLocaleString("id-ID")}`;

export async function registerBook(db: Executor, period: Pick<Period, "from" | "to">): Promise<RegisterBookRow[]> {
  const { start, end } = periodInstants(period);
  const rows = await db
    // Only the columns the register needs: on the embedded database, moving wide rows dominates the cost.
    .select({
      r: {
        id: ppidRequests.id,
        number: ppidRequests.number,
        receivedAt: ppidRequests.receivedAt,
        name: ppidRequests.name,
        proxyName: ppidRequests.proxyName,
        address: ppidRequests.address,
        phone: ppidRequests.phone,
        email: ppidRequests.email,
        occupation: ppidRequests.occupation,
        details: ppidRequests.details,
        purpose: ppidRequests.purpose,
        informationStatus: ppidRequests.informationStatus,
        accessMethods: ppidRequests.accessMethods,
        state: ppidRequests.state,
        decision: ppidRequests.decision,
        decidedAt: ppidRequests.decidedAt,
        handedOverAt: ppidRequests.handedOverAt,
        fee: ppidRequests.fee,
      },
      content: ppidResponses.content,
    })
    .from(ppidRequests)
    .leftJoin(ppidResponses, and(eq(ppidResponses.requestId, ppidRequests.id), eq(ppidResponses.status, "approved")))
    .where(and(isNotNull(ppidRequests.number), gte(ppidRequests.receivedAt, start), lt(ppidRequests.receivedAt, end)))
    .orderBy(asc(ppidRequests.receivedAt), asc(ppidRequests.number));
  const dikIds = [...new Set(rows.flatMap((x) => groundsInContent(x.content).dikIds))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const dik = dikIds.length
    ? await db
        .select({ id: dikItems.id, nomor: dikItems.nomor, pasal17: dikItems.pasal17 })
        .from(dikItems)
        .where(inArray(dikItems.id, dikIds))
    : [];
  const dikById = new Map(dik.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const out: RegisterBookRow[] = [];
  for (const { r, content } of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const status = r.informationStatus ? INFORMATION_STATUS_LABEL[r.informationStatus] : "—";
    const holder = r.informationStatus === "tidak_dikuasai" ? findText(content, HOLDER_KEYS) : null;
    const decision =
      r.state === "DITARIK" ? STATE_LABEL.DITARIK : r.decision ? DECISION_LABEL[r.decision] : `Dalam proses (${STATE_LABEL[r.state]})`;
    let refusal = "";
    if (r.decision === "ditolak" || r.decision === "dikabulkan_sebagian") {
      const g = groundsInContent(content);
      const parts = new Map<string, string>();
      const cite = (letter: string, nomor: string) => parts.set(`${letter}:${nomor}`, `Pasal 17 huruf ${letter} UU 14/2008 (${nomor})`);
      for (const c of g.cited) cite(c.letter, c.nomor);
      for (const id of g.dikIds) {
        const d = dikById.get(id);
        if (d) cite(d.pasal17, d.nomor);
      }
      for (const l of g.letters) {
        if (![...parts.keys()].some((k) => k.startsWith(`${l}:`)))
          parts.set(l, `Pasal 17 huruf ${l} UU 14/2008: ${PASAL17[l as keyof typeof PASAL17]}`);
      }
      const why = findText(content, /^alasan$/);
      refusal = [...[...parts.values()], why ? `Alasan: ${why}` : ""].filter(Boolean).join("; ");
    }
    const payment = findText(content, PAYMENT_KEYS);
    const biaya = r.fee ?? numberIn(content, "biaya");
    const fee = biaya && biaya > 0 ? `${rupiah(biaya)}${payment ? `; ${payment}` : ""}` : r.decision ? "Tanpa biaya" : "";
    const bentuk = stringsIn(content, "bentuk");
    out.push([
      r.number ?? "",
      jakartaDate(r.receivedAt),
      r.proxyName ? `${r.name} (kuasa dari ${r.proxyName})` : r.name,
      r.address,
      [r.phone, r.email].filter(Boolean).join(" / "),
      r.occupation,
      r.details,
      r.purpose,
      holder ? `${status}; dikuasai oleh ${holder}` : status,
      bentuk.length ? formOf(bentuk.map((b) => `salinan_${b}`)) : formOf(r.accessMethods),
      kindOf(r.accessMethods),
      decision,
      refusal,
      r.decidedAt ? jakartaDate(r.decidedAt) : null,
      r.handedOverAt ? jakartaDate(r.handedOverAt) : null,
      fee,
    ]);
  }
  return out;
}

/** How many rows the register of a period has (for the page, without building it). */
export async function registerBookCount(db: Executor, period: Pick<Period, "from" | "to">): Promise<number> {
  const { start, end } = periodInstants(period);
  const [row] = await db
    .select({ n: count() })
    .from(ppidRequests)
    .where(and(isNotNull(ppidRequests.number), gte(ppidRequests.receivedAt, start), lt(ppidRequests.receivedAt, end)));
  return Number(row?.n ?? 0);
}
