import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";

test.use({ viewport: { width: 1280, height: 900 } });

test("the PPID Utama changes the law data with a reason, is stopped on bad input, and puts it back", async ({ page }) => {
  await signInStaff(page, "ppid.utama@lebongkab.go.id", DEMO_ADMIN_PASSWORD);
  await page.goto("/ppid/kelola/hukum");
  await expect(page.getByRole("heading", { level: 1, name: "Data hukum layanan informasi" })).toBeVisible();
  await expect(page.getByText("UU 14/2008 Pasal 22 ayat (7)").first()).toBeVisible();
  await expectAccessible(page);

  const longOverdue = page.getByLabel(/Tanda .sangat terlambat./);
  const code = page.getByLabel("Kode klasifikasi arsip berkas permohonan");
  await expect(longOverdue).toHaveValue("10");
  await expect(code).toHaveValue("500.12.18.1");

  // Bad input: a word for a number, an unknown archive code, no reason. Nothing is saved; what was typed stays.
  await longOverdue.fill("dua belas");
  await code.fill("999.9");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("alert")).toContainText("harus berupa bilangan bulat");
  await expect(page.getByRole("alert")).toContainText("Isi alasan perubahan");
  await expect(longOverdue).toHaveValue("dua belas");
  await expectAccessible(page);

  await longOverdue.fill("12");
  await page.getByLabel("Alasan perubahan").fill("Uji coba ambang antrean");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("alert")).toContainText("Kode klasifikasi 999.9 tidak ada dalam daftar");

  await code.fill("500.12.18.1");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Data hukum disimpan.")).toBeVisible();
  await expect(longOverdue).toHaveValue("12");
  await expectAccessible(page);

  // Back to the default, so the other journeys see the statutory values.
  await longOverdue.fill("10");
  await page.getByLabel("Alasan perubahan").fill("Kembali ke nilai bawaan");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Data hukum disimpan.")).toBeVisible();
  await expect(longOverdue).toHaveValue("10");
});
