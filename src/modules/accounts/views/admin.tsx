import { type Lang, t } from "../../../platform/i18n/index.ts";
import type { SelectItem } from "../../../platform/ui/components/index.ts";
import { CLEARANCES, ROLES } from "../schema.ts";

export interface UnitChoice {
  id: string;
  name: string;
  code: string;
}

export const roleItems = (lang: Lang, empty?: string): SelectItem[] => [
  ...(empty ? [{ value: "", label: empty }] : []),
  ...ROLES.map((r) => ({ value: r, label: t(lang, `acc.role.${r}`) })),
];

export const clearanceItems = (lang: Lang) =>
  CLEARANCES.map((c) => ({ value: c, label: t(lang, `acc.clearance.${c}`), hint: t(lang, `acc.clearance.${c}.hint`) }));

/** Regency-wide first, then every active OPD. */
export const unitItems = (lang: Lang, units: UnitChoice[], empty?: string): SelectItem[] => [
  ...(empty ? [{ value: "", label: empty }] : [{ value: "kabupaten", label: t(lang, "acc.scope.regency") }]),
  ...units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` })),
];
