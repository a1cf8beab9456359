/**
 * Objections (keberatan) and disputes (sengketa) for the reports and the
 * objection register. TODO(keberatan): wire to the keberatan module's index
 * (objectionRegister, OBJECTION_REGISTER_COLUMNS, objectionStats) once it exists.
 */
import type { Platform } from "../../../platform/context.ts";
import type { Period } from "./period.ts";
import type { SheetColumn } from "./xlsx.ts";

export interface ObjectionSummary {
  /** Label/value rows for the report (part D) and the Keberatan sheet. */
  rows: [string, string][];
}

export async function loadObjectionSummary(_p: Platform, _period: Period): Promise<ObjectionSummary | null> {
  return null;
}

export interface ObjectionRegister {
  columns: SheetColumn[];
  rows: unknown[][];
}

/** The objection register (§1.8 columns) for a period; null while the keberatan module is not there. */
export async function loadObjectionRegister(_p: Platform, _period: Period): Promise<ObjectionRegister | null> {
  return null;
}

export const objectionsAvailable = () => false;
