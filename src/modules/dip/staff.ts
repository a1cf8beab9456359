/** What the staff pages share: which OPDs a person keeps, request metadata, form errors. */
import type { Context } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { Actor } from "../../platform/http/actor.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { type FieldErrors, ValidationError } from "../../platform/http/errors.ts";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { hasRegencyRole, type Role } from "../access/index.ts";
import { listUnits } from "../organisation/index.ts";

/** The OPDs whose lists the person keeps through these roles; null: every OPD (PPID Utama, or a regency-wide grant). */
export function managedUnitIds(actor: Actor, roles: Role[]): string[] | null {
  if (hasRegencyRole(actor, "ppid_utama")) return null;
  const grants = actor.roles.filter((g) => roles.includes(g.role as Role));
  if (grants.some((g) => g.unitId === null)) return null;
  return [...new Set(grants.map((g) => g.unitId as string))];
}

/** The active OPDs the person may choose in a form. */
export async function unitChoices(p: Platform, scope: string[] | null): Promise<{ value: string; label: string }[]> {
  const all = await listUnits(p.db);
  return all.filter((u) => scope === null || scope.includes(u.id)).map((u) => ({ value: u.id, label: u.name }));
}

export const metaOf = (p: Platform, c: Context<AppEnv>) => requestMeta(c, p.config.TRUST_PROXY);

/** Re-renders the form with the field errors (400); anything else is rethrown. */
export function onFormError(c: Context<AppEnv>, e: unknown, page: (errors: FieldErrors) => Response | Promise<Response>) {
  if (!(e instanceof ValidationError)) throw e;
  c.status(400);
  return page(e.fields);
}
