import type { Executor } from "../../../platform/db/client.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { unitChoices } from "../queries.ts";
import { REGENCY_ONLY_ROLES, type Role } from "../schema.ts";

/**
 * Checks a role and its scope: regency-only roles (admin, PPID Utama, Atasan
 * PPID, redaktur) are never tied to one OPD; an OPD must exist and be active.
 * Returns the unit id (null: regency-wide) or field errors.
 */
export async function checkScope(
  db: Executor,
  role: Role,
  unit: "kabupaten" | string,
  field = "unit",
): Promise<{ unitId: string | null } | { errors: FieldErrors }> {
  if (unit === "kabupaten") return { unitId: null };
  if (REGENCY_ONLY_ROLES.includes(role)) return { errors: { [field]: "acc.err.role_regency_only" } };
  const units = await unitChoices(db);
  if (!units.some((u) => u.id === unit)) return { errors: { [field]: "acc.err.unit_unknown" } };
  return { unitId: unit };
}
