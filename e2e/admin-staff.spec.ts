import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";

test("an admin signs in with TOTP and creates a staff account with a role in an OPD", async ({ page }) => {
  await signInStaff(page, ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();

  await page.goto("/admin/pengguna/baru");
  await expect(page.getByRole("heading", { level: 1, name: "Buat akun petugas" })).toBeVisible();
  await expectAccessible(page);

  // First a mistake: the page says what is wrong, beside the field and at the top, and keeps the input.
  await page.getByLabel("Nama lengkap").fill("Sari Wulandari");
  await page.getByLabel("Alamat surel (email)").fill("sari.wulandari");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByRole("alert")).toContainText("Ada masalah");
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Sari Wulandari");
  await expectAccessible(page);

  await page.getByLabel("Alamat surel (email)").fill("sari.wulandari@lebongkab.go.id");
  await page.getByLabel("Biasa", { exact: true }).check();
  await page.getByLabel("Peran pertama").selectOption({ label: "PPID Pelaksana" });
  await page.getByLabel("Perangkat daerah (OPD)").selectOption({ label: "Dinas Kesehatan (DINKES)" });
  await page.getByRole("button", { name: "Buat akun" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Sari Wulandari" })).toBeVisible();
  await expect(page.getByText("PPID Pelaksana").first()).toBeVisible();
  await expect(page.getByText("Dinas Kesehatan").first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/admin/pengguna?q=wulandari");
  await expect(page.getByRole("link", { name: "Sari Wulandari" })).toBeVisible();
  await expectAccessible(page);

  // The dashboard, the holiday calendar and the audit trail the admin may read.
  await page.goto("/admin");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Kalender hari libur" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Kalender hari libur/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/audit");
  await expect(page.getByText("account.staff_created").first()).toBeVisible();
  await expectAccessible(page);
});
