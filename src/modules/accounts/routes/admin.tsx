import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { t } from "../../../platform/i18n/index.ts";
import { authorize } from "../../access/index.ts";
import { createStaffAccount } from "../commands/createStaffAccount.ts";
import { grantRole } from "../commands/grantRole.ts";
import { revokeRole } from "../commands/revokeRole.ts";
import { setClearance } from "../commands/setClearance.ts";
import { setUserStatus } from "../commands/setUserStatus.ts";
import { ctxOf } from "../context.ts";
import { getUser, listUsers, rolesOf, unitChoices } from "../queries.ts";
import { ROLES } from "../schema.ts";
import type { FormState } from "../views/common.tsx";
import { NewStaffPage } from "../views/NewStaffPage.tsx";
import { UserListPage } from "../views/UserListPage.tsx";
import { UserPage } from "../views/UserPage.tsx";
import { attempt, form, go } from "./helpers.tsx";

const opt = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);
const listSchema = z.object({
  q: opt(z.string().trim().max(100)),
  jenis: opt(z.enum(["staff", "citizen"])),
  peran: opt(z.enum(ROLES)),
  unit: opt(z.uuid()),
  status: opt(z.enum(["active", "disabled", "deleted"])),
  hal: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const idOf = (c: Context<AppEnv>, name = "id"): string => {
  const v = c.req.param(name) ?? "";
  if (!z.uuid().safeParse(v).success) throw notFound();
  return v;
};

/** Admin pages for accounts: the list, a new staff account, one account's roles, clearance and status. */
export function adminUserRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  r.use("/admin/pengguna/*", async (c, next) => {
    privatePage(c);
    await next();
  });

  r.get("/admin/pengguna", async (c) => {
    authorize(c.get("actor"), "admin.users.manage");
    privatePage(c);
    const q = listSchema.parse(c.req.query());
    const [{ rows, total }, units] = await Promise.all([
      listUsers(p.db, { q: q.q || undefined, kind: q.jenis, role: q.peran, unitId: q.unit, status: q.status, page: q.hal }),
      unitChoices(p.db),
    ]);
    const query = { q: q.q ?? "", jenis: q.jenis ?? "", peran: q.peran ?? "", unit: q.unit ?? "", status: q.status ?? "", hal: q.hal };
    return c.render(<UserListPage rows={rows} total={total} query={query} units={units} />, {
      title: t(c.get("lang"), "acc.admin.users_title"),
    });
  });

  r.get("/admin/pengguna/baru", async (c) => {
    authorize(c.get("actor"), "admin.users.manage");
    return c.render(<NewStaffPage units={await unitChoices(p.db)} />, { title: t(c.get("lang"), "acc.admin.new_staff") });
  });

  r.post("/admin/pengguna/baru", async (c) => {
    authorize(c.get("actor"), "admin.users.manage");
    const values = await form(c);
    const res = await attempt(values, () => createStaffAccount(p, ctxOf(c, p), values));
    if (!res.ok) {
      c.status(400);
      return c.render(<NewStaffPage units={await unitChoices(p.db)} form={res.form} />, { title: t(c.get("lang"), "acc.admin.new_staff") });
    }
    return go(c, `/admin/pengguna/${res.value}?selesai=dibuat`);
  });

  const showUser = async (c: Context<AppEnv>, id: string, f?: FormState) => {
    const user = await getUser(p.db, id);
    if (!user) throw notFound();
    const [roles, units] = await Promise.all([rolesOf(p.db, id), unitChoices(p.db)]);
    const self = c.get("actor")?.userId === id;
    if (f) c.status(400);
    return c.render(<UserPage user={user} roles={roles} units={units} form={f} notice={c.req.query("selesai")} self={self} />, {
      title: user.name,
    });
  };

  r.get("/admin/pengguna/:id", async (c) => {
    authorize(c.get("actor"), "admin.users.manage");
    return showUser(c, idOf(c));
  });

  /** One POST action on an account: run the command, then back to the account page. */
  const action = (path: string, notice: string, run: (c: Context<AppEnv>, id: string, values: Record<string, unknown>) => Promise<void>) =>
    r.post(`/admin/pengguna/:id${path}`, async (c) => {
      authorize(c.get("actor"), "admin.users.manage");
      const id = idOf(c);
      const values = await form(c);
      const res = await attempt(values, () => run(c, id, values));
      if (!res.ok) return showUser(c, id, res.form);
      return go(c, `/admin/pengguna/${id}?selesai=${notice}`);
    });

  action("/peran", "peran_diberikan", (c, id, v) => grantRole(p, ctxOf(c, p), id, v));
  action("/peran/:grant/cabut", "peran_dicabut", (c, id) => revokeRole(p, ctxOf(c, p), id, idOf(c, "grant")));
  action("/klasifikasi", "klasifikasi_diubah", (c, id, v) => setClearance(p, ctxOf(c, p), id, v));
  action("/status", "status_diubah", (c, id, v) => setUserStatus(p, ctxOf(c, p), id, v));

  return r;
}
