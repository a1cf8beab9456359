import { type Lang, t } from "../../../platform/i18n/index.ts";
import { Select, type SelectItem } from "../../../platform/ui/components/index.ts";
import { CLEARANCES, ROLES } from "../schema.ts";
import { err, type FormState, val } from "./common.tsx";

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

/** A role and where it is held (one OPD or regency-wide): the new-staff form and the grant form. */
export function RoleScopeFields({
  lang,
  form,
  units,
  roleLabel,
}: {
  lang: Lang;
  form?: FormState;
  units: UnitChoice[];
  roleLabel: string;
}) {
  return (
    <>
      <Select
        name="peran"
        label={roleLabel}
        items={roleItems(lang, t(lang, "acc.admin.choose"))}
        value={val(form, "peran")}
        error={err(lang, form, "peran")}
        lang={lang}
      />
      <Select
        name="unit"
        label={t(lang, "acc.field.unit")}
        hint={t(lang, "acc.field.unit_hint")}
        items={[{ value: "", label: t(lang, "acc.admin.choose") }, ...unitItems(lang, units)]}
        value={val(form, "unit")}
        error={err(lang, form, "unit")}
        lang={lang}
      />
    </>
  );
}
