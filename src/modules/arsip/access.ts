/**
 * Who may read an archival record: the SKKAAD security class (Perka ANRI 17/2011) and the
 * creating OPD, per domain.md §5 ("Typical Pemda mapping: SR → Bupati/Sekda; R → Kepala OPD+;
 * T → Kabid/Kasubag + unit; B → everyone/public"). The one table below drives both the SQL
 * filter of every list and search (so counts and snippets never include what the reader may not
 * see) and the check on a single record's page and downloads.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../platform/http/actor.ts";
import { hasRegencyRole } from "../access/index.ts";
import type { SecurityClass } from "./schema.ts";

type Role = Parameters<typeof hasRegencyRole>[1];

/**
 * Readers of each class above biasa. `unitRoles`: roles that, held for the record's OPD, let one
 * read it ("any": any role held for that OPD, i.e. its staff). `regencyRoles`: roles that, held
 * regency-wide, let one read it for every OPD. A regency-wide admin reads everything. Biasa is
 * open to all staff, and to citizens and anonymous readers only when marked public.
 */
export const CLASS_READERS: Record<
  Exclude<SecurityClass, "biasa">,
  { unitRoles: readonly Role[] | "any"; regencyRoles: readonly Role[] }
> = {
  /** Terbatas: the OPD's own staff; the regency's unit kearsipan and pimpinan. */
  terbatas: { unitRoles: "any", regencyRoles: ["arsiparis", "unit_kearsipan", "pimpinan"] },
  /** Rahasia: the OPD's arsiparis and its head (pimpinan); the same roles regency-wide. */
  rahasia: { unitRoles: ["arsiparis", "pimpinan"], regencyRoles: ["arsiparis", "pimpinan"] },
  /** Sangat rahasia: only the regency's pimpinan (Bupati/Sekda) given that role explicitly. */
  sangat_rahasia: { unitRoles: [], regencyRoles: ["pimpinan"] },
};

/** What one reader may see, worked out once per request from CLASS_READERS. */
export interface ReadScope {
  /** Only biasa records marked public (citizens, anonymous readers, public pages). */
  publicOnly: boolean;
  /** Everything (a regency-wide admin). */
  all: boolean;
  /** Per class above biasa: every OPD, or these OPDs. */
  classes: Record<Exclude<SecurityClass, "biasa">, { everyUnit: boolean; units: string[] }>;
}

export const PUBLIC_SCOPE: ReadScope = {
  publicOnly: true,
  all: false,
  classes: {
    terbatas: { everyUnit: false, units: [] },
    rahasia: { everyUnit: false, units: [] },
    sangat_rahasia: { everyUnit: false, units: [] },
  },
};

/** The reader's scope: public for anonymous readers, citizens and staff without the second factor. */
export function readScope(actor: Actor | null): ReadScope {
  if (actor?.kind !== "staff" || !actor.mfaPassed) return PUBLIC_SCOPE;
  if (hasRegencyRole(actor, "admin")) return { ...PUBLIC_SCOPE, publicOnly: false, all: true };
  const classes = {} as ReadScope["classes"];
  for (const [cls, readers] of Object.entries(CLASS_READERS) as [keyof ReadScope["classes"], (typeof CLASS_READERS)["terbatas"]][]) {
    const everyUnit = readers.regencyRoles.some((r) => hasRegencyRole(actor, r));
    const units = actor.roles
      .filter((g) => g.unitId !== null && (readers.unitRoles === "any" || (readers.unitRoles as readonly string[]).includes(g.role)))
      .map((g) => g.unitId as string);
    classes[cls] = { everyUnit, units: [...new Set(units)] };
  }
  return { publicOnly: false, all: false, classes };
}

/** Whether the scope lets one read a record of this class, OPD and public flag. */
export function scopeAllows(scope: ReadScope, r: { securityClass: SecurityClass; unitId: string; isPublic: boolean }): boolean {
  if (scope.all) return true;
  if (scope.publicOnly) return r.securityClass === "biasa" && r.isPublic;
  if (r.securityClass === "biasa") return true;
  const c = scope.classes[r.securityClass];
  return c.everyUnit || c.units.includes(r.unitId);
}

/** The same rule as a WHERE condition over `arsip_records` aliased `r`. */
export function scopeSql(scope: ReadScope): SQL {
  if (scope.all) return sql`TRUE`;
  if (scope.publicOnly) return sql`(r.security_class = 'biasa' AND r.is_public)`;
  const parts: SQL[] = [sql`r.security_class = 'biasa'`];
  for (const [cls, c] of Object.entries(scope.classes)) {
    if (c.everyUnit) parts.push(sql`r.security_class = ${cls}`);
    else if (c.units.length) {
      parts.push(
        sql`(r.security_class = ${cls} AND r.unit_id IN (${sql.join(
          c.units.map((u) => sql`${u}::uuid`),
          sql`, `,
        )}))`,
      );
    }
  }
  return sql`(${sql.join(parts, sql` OR `)})`;
}
