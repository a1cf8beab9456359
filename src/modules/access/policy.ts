import type { Actor } from "../../platform/http/actor.ts";
import { forbidden, unauthorized } from "../../platform/http/errors.ts";
import { CLEARANCES, type Clearance, type Role } from "./roles.ts";

/** What a rule may be asked about: usually the OPD the thing belongs to. */
export interface Target {
  unitId?: string | null;
  /** The person the action is about (account administration). */
  userId?: string;
}

type Rule = (actor: Actor, target: Target) => boolean;

/** Holds the role regency-wide, or for the target's OPD. */
export function hasRole(actor: Actor, role: Role, target: Target = {}): boolean {
  return actor.roles.some((g) => g.role === role && (g.unitId === null || target.unitId === undefined || g.unitId === target.unitId));
}

/** Holds the role regency-wide (not only for one OPD). */
export function hasRegencyRole(actor: Actor, role: Role): boolean {
  return actor.roles.some((g) => g.role === role && g.unitId === null);
}

const staff = (a: Actor) => a.kind === "staff" && a.mfaPassed;

/**
 * Named rules, deny by default. Staff rules also require the second factor to
 * have been passed in this session.
 */
export const RULES = {
  "admin.users.manage": (a) => staff(a) && hasRegencyRole(a, "admin"),
  "admin.units.manage": (a) => staff(a) && hasRegencyRole(a, "admin"),
  "calendar.manage": (a) => staff(a) && hasRegencyRole(a, "admin"),
  "admin.outbox.read": (a) => staff(a) && hasRegencyRole(a, "admin"),
  "admin.jobs.read": (a) => staff(a) && hasRegencyRole(a, "admin"),
  "admin.backup.run": (a) => staff(a) && hasRegencyRole(a, "admin"),
  "admin.dashboard.view": (a) => staff(a),
  "audit.read": (a) => staff(a) && (hasRegencyRole(a, "auditor") || hasRegencyRole(a, "admin")),
  "audit.export": (a) => staff(a) && hasRegencyRole(a, "auditor"),
  "account.self": (a) => a.kind === "citizen" || a.mfaPassed,
  /** Changing another person's roles, clearance or status: never one's own (no self-promotion, no lock-out). */
  "admin.users.change": (a, t) => staff(a) && hasRegencyRole(a, "admin") && t.userId !== undefined && t.userId !== a.userId,
  /** Citizens may delete their own account; staff accounts are disabled by an admin instead. */
  "account.delete": (a) => a.kind === "citizen",
  /** Staff set up their authenticator at first sign-in, before the second factor exists. */
  "account.totp.enrol": (a) => a.kind === "staff",
  "account.recovery.renew": (a) => staff(a),
  /** Keeping an OPD's Daftar Informasi Publik: its PPID Pelaksana, or the PPID Utama for every OPD. */
  "dip.manage": (a, t) => staff(a) && (hasRegencyRole(a, "ppid_utama") || hasRole(a, "ppid_pelaksana", t)),
  /** Proposing an exception (DIK) with its uji konsekuensi: the OPD's PPID Pelaksana or tim pertimbangan, or the PPID Utama. */
  "dik.propose": (a, t) =>
    staff(a) && (hasRegencyRole(a, "ppid_utama") || hasRole(a, "ppid_pelaksana", t) || hasRole(a, "tim_pertimbangan", t)),
  /** Setting (penetapan), returning or revoking an exception: the PPID Utama only; the command refuses the proposer. */
  "dik.decide": (a) => staff(a) && hasRegencyRole(a, "ppid_utama"),
  /** The maklumat pelayanan and the published fee table (standar biaya). */
  "maklumat.edit": (a) => staff(a) && hasRegencyRole(a, "ppid_utama"),
  /** PPID: the desk (petugas layanan) registers requests received at the counter, by letter, phone or email. */
  "ppid.desk": (a) => staff(a) && (hasRole(a, "petugas_layanan") || hasRegencyRole(a, "ppid_utama")),
  /** PPID: reading a request — the desk, the PPID Utama and Atasan PPID for all, a PPID Pelaksana for its OPD's requests. */
  "ppid.request.read": (a, t) =>
    staff(a) &&
    (hasRole(a, "petugas_layanan") ||
      hasRegencyRole(a, "ppid_utama") ||
      hasRegencyRole(a, "atasan_ppid") ||
      (t.unitId !== undefined && t.unitId !== null && hasRole(a, "ppid_pelaksana", t))),
  /** PPID: routing a request to the OPD that holds the information, and reassigning it. */
  "ppid.request.assign": (a) => staff(a) && (hasRole(a, "petugas_layanan") || hasRegencyRole(a, "ppid_utama")),
  /** PPID: working a request of the OPD (clarification, extension, drafting the response, hand-over). */
  "ppid.request.work": (a, t) =>
    staff(a) && (hasRegencyRole(a, "ppid_utama") || (t.unitId !== undefined && t.unitId !== null && hasRole(a, "ppid_pelaksana", t))),
  /** PPID: approving the written notice — the PPID Utama only, never the drafter (checked in the command). */
  "ppid.response.approve": (a) => staff(a) && hasRegencyRole(a, "ppid_utama"),
  /** PPID: registers, reports and the law data. */
  "ppid.registers.read": (a) =>
    staff(a) &&
    (hasRegencyRole(a, "ppid_utama") || hasRegencyRole(a, "atasan_ppid") || hasRegencyRole(a, "auditor") || hasRole(a, "petugas_layanan")),
  "ppid.report.write": (a) => staff(a) && hasRegencyRole(a, "ppid_utama"),
  "ppid.law.manage": (a) => staff(a) && (hasRegencyRole(a, "ppid_utama") || hasRegencyRole(a, "admin")),
  /** Keberatan: the desk enters objections received at the counter, forwards them to the Atasan PPID, records responses and disputes. */
  "keberatan.desk": (a) => staff(a) && (hasRole(a, "petugas_layanan") || hasRegencyRole(a, "ppid_utama")),
  /** Keberatan: only the Atasan PPID (regency-wide) decides an objection (UU KIP Pasal 36). */
  "keberatan.decide": (a) => staff(a) && hasRegencyRole(a, "atasan_ppid"),
  /** Keberatan: reading objections and disputes — the desk, the PPID Utama, the Atasan PPID. */
  "keberatan.read": (a) =>
    staff(a) && (hasRole(a, "petugas_layanan") || hasRegencyRole(a, "ppid_utama") || hasRegencyRole(a, "atasan_ppid")),
  /** Arsip: staff pages of the archive (lists show only what each reader's class scope allows). */
  "arsip.read": (a) => staff(a),
  /** Arsip: capturing records, adding versions, changing metadata, declaring final — the OPD's arsiparis, a regency-wide arsiparis, or an admin. */
  "arsip.manage": (a, t) => staff(a) && (hasRegencyRole(a, "admin") || hasRole(a, "arsiparis", t)),
  /** Arsip: the default security class of a kode klasifikasi — a regency-wide arsiparis or an admin. */
  "arsip.classification.manage": (a) => staff(a) && (hasRegencyRole(a, "admin") || hasRegencyRole(a, "arsiparis")),
} satisfies Record<string, Rule>;

export type PolicyName = keyof typeof RULES;

export function can(actor: Actor | null, rule: PolicyName, target: Target = {}): boolean {
  if (!actor) return false;
  const fn: Rule | undefined = RULES[rule];
  return fn ? fn(actor, target) : false;
}

/** Throws 401 when nobody is signed in, 403 when the rule denies. */
export function authorize(actor: Actor | null, rule: PolicyName, target: Target = {}): asserts actor is Actor {
  if (!actor) throw unauthorized();
  if (!can(actor, rule, target)) throw forbidden();
}

/** The rank of a security clearance (biasa 0 … sangat_rahasia 3). */
export function clearanceRank(c: string): number {
  return CLEARANCES.indexOf(c as Clearance);
}

/**
 * Whether the person may read a record of this classification. Only the
 * clearance counts: holding admin (or any role) grants none.
 */
export function clearanceAllows(actor: Actor | null, classification: Clearance): boolean {
  if (actor?.kind !== "staff") return classification === "biasa";
  const have = clearanceRank(actor.clearance);
  return have >= 0 && have >= clearanceRank(classification);
}
