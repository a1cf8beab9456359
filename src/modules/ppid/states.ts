/**
 * The request state machine (domain.md §1.4). One table of allowed moves; every
 * command asks `assertTransition` before it changes a request's state.
 */
import { ValidationError } from "../../platform/http/errors.ts";

export const STATES = [
  "DIAJUKAN",
  "TERREGISTRASI",
  "PERLU_KELENGKAPAN",
  "DIPROSES",
  "DIPUTUS",
  "INFORMASI_DISERAHKAN",
  "SELESAI",
  "DITARIK",
] as const;
export type State = (typeof STATES)[number];

export const DECISIONS = ["dikabulkan_seluruhnya", "dikabulkan_sebagian", "ditolak", "tidak_dikuasai", "belum_didokumentasikan"] as const;
export type Decision = (typeof DECISIONS)[number];

/** What moves a request, named by its command. */
export type Transition =
  | "register"
  | "assign"
  | "reassign"
  | "request_clarification"
  | "receive_clarification"
  | "decide"
  | "hand_over"
  | "close"
  | "withdraw";

const MOVES: Record<Transition, [from: readonly State[], to: State | "previous"]> = {
  register: [["DIAJUKAN"], "TERREGISTRASI"],
  assign: [["TERREGISTRASI"], "DIPROSES"],
  reassign: [["DIPROSES"], "DIPROSES"],
  request_clarification: [["TERREGISTRASI", "DIPROSES"], "PERLU_KELENGKAPAN"],
  // Back to where it was paused (TERREGISTRASI or DIPROSES).
  receive_clarification: [["PERLU_KELENGKAPAN"], "previous"],
  decide: [["DIPROSES"], "DIPUTUS"],
  hand_over: [["DIPUTUS"], "INFORMASI_DISERAHKAN"],
  close: [["DIPUTUS", "INFORMASI_DISERAHKAN"], "SELESAI"],
  withdraw: [["DIAJUKAN", "TERREGISTRASI", "PERLU_KELENGKAPAN", "DIPROSES"], "DITARIK"],
};

export const STATE_LABEL: Record<State, string> = {
  DIAJUKAN: "Diajukan (menunggu registrasi)",
  TERREGISTRASI: "Terregistrasi",
  PERLU_KELENGKAPAN: "Perlu kelengkapan (waktu berhenti)",
  DIPROSES: "Diproses PPID Pelaksana",
  DIPUTUS: "Diputus (pemberitahuan tertulis dikirim)",
  INFORMASI_DISERAHKAN: "Informasi diserahkan",
  SELESAI: "Selesai",
  DITARIK: "Ditarik pemohon",
};

export const DECISION_LABEL: Record<Decision, string> = {
  dikabulkan_seluruhnya: "Dikabulkan seluruhnya",
  dikabulkan_sebagian: "Dikabulkan sebagian",
  ditolak: "Ditolak (informasi dikecualikan)",
  tidak_dikuasai: "Informasi tidak dikuasai",
  belum_didokumentasikan: "Informasi belum didokumentasikan",
};

/** States in which the response clock runs or is paused (the request is open). */
export const OPEN_STATES: readonly State[] = ["DIAJUKAN", "TERREGISTRASI", "PERLU_KELENGKAPAN", "DIPROSES"];

export function canTransition(from: State, t: Transition): boolean {
  return MOVES[t][0].includes(from);
}

/**
 * The state after `t`, or a ValidationError in Bahasa Indonesia naming the
 * current state. `previous` is the state before a clarification pause.
 */
export function assertTransition(from: State, t: Transition, previous?: State | null): State {
  if (!canTransition(from, t)) {
    throw new ValidationError({ state: `Permohonan berstatus "${STATE_LABEL[from]}": langkah ini tidak dapat dilakukan sekarang.` });
  }
  const to = MOVES[t][1];
  if (to !== "previous") return to;
  if (previous !== "TERREGISTRASI" && previous !== "DIPROSES") throw new Error(`no state to return to from ${from}`);
  return previous;
}

/** Decisions after which information is handed over (a copy, a viewing). */
export function needsHandOver(d: Decision): boolean {
  return d === "dikabulkan_seluruhnya" || d === "dikabulkan_sebagian";
}
