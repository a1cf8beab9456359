/**
 * The information lists read the law data in force (loadLaw): with berkala
 * items due every 3 months instead of 6, an item last updated 100 days ago is
 * flagged on the staff list and in the reminder mail; the example maklumat
 * prints the response days of the setting.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { settings } from "../../platform/db/settings-schema.ts";
import { outbox } from "../../platform/mail/schema.ts";
import { LAW_SETTING_KEY } from "../kip/index.ts";
import { dipItems, notifyStaleDip } from "./index.ts";
import { dipForm, dipSuite, sqlStaffLookup } from "./test-helpers.ts";

const suite = dipSuite();

/** Stores law data as the law page would, and tells this process's caches (page cache, cached law) a change committed. */
async function setLaw(value: Record<string, unknown>) {
  await suite.t.p.db.insert(settings).values({ key: LAW_SETTING_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
  suite.t.p.events.emit("committed");
}

describe("law.berkalaMonths", () => {
  it("flags berkala items after the months of the setting, on the staff pages and in the reminder", async () => {
    const { t, u } = suite;
    const { agent } = await signInAs(t, { email: "pelaksana.bkd@lebongkab.go.id", roles: [{ role: "ppid_pelaksana", unitId: u.bkd.id }] });
    expect(
      (await agent.request("/ppid/kelola/dip/baru", { form: dipForm(u.bkd.id, { ringkasan: "Realisasi APBD triwulan" }) })).status,
    ).toBe(303);
    const [item] = await t.p.db.select().from(dipItems).where(eq(dipItems.unitId, u.bkd.id));
    await t.p.db
      .update(dipItems)
      .set({ lastUpdatedAt: new Date(Date.now() - 100 * 86_400_000) })
      .where(eq(dipItems.id, item.id));
    const lookup = sqlStaffLookup(t);

    // The statutory 6 months: 100 days is not overdue.
    const fresh = await agent.page("/ppid/kelola/dip");
    expect(fresh.html).toContain("paling sedikit setiap 6 bulan");
    expect(fresh.html).not.toContain("Perlu diperbarui");
    expect(await notifyStaleDip(t.p, lookup)).toEqual([]);

    await setLaw({ berkalaMonths: 3 });
    const list = await agent.page("/ppid/kelola/dip");
    expect(list.html).toContain("paling sedikit setiap 3 bulan");
    expect(list.html).toContain("1 informasi berkala belum diperbarui lebih dari 3 bulan.");
    expect(list.html).toContain("Perlu diperbarui");
    expect((await agent.page("/ppid/kelola/dip?basi=1")).html).toContain("Realisasi APBD triwulan");
    expect((await agent.page(`/ppid/kelola/dip/${item.id}`)).html).toContain("Perlu diperbarui");

    const sent = await notifyStaleDip(t.p, lookup);
    expect(sent).toEqual([{ unitId: u.bkd.id, to: expect.arrayContaining(["pelaksana.bkd@lebongkab.go.id"]), items: 1 }]);
    const [mail] = await t.p.db.select().from(outbox).where(eq(outbox.to, "pelaksana.bkd@lebongkab.go.id"));
    expect(mail.text).toContain("belum diperbarui lebih dari 3 bulan");
  });

  it("the example maklumat prints the response, extension and objection days of the setting", async () => {
    const { t } = suite;
    await setLaw({ responseDays: 8, extensionDays: 5, atasanDecisionDays: 20 });
    const { html } = await t.agent().page("/ppid/maklumat");
    expect(html).toContain("paling lambat 8 hari kerja sejak permohonan diterima");
    expect(html).toContain("paling lama 5 hari kerja");
    expect(html).toContain("Atasan PPID paling lambat 20 hari kerja");
  });
});
