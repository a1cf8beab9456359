import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a citizen on a phone computes when an answer is due, and sees why", async ({ page }) => {
  await page.goto("/kalender/tenggat");
  await expectAccessible(page);
  await page.getByLabel("Tanggal", { exact: true }).fill("13");
  await page.getByLabel("Bulan").fill("3");
  await page.getByLabel("Tahun").fill("2026");
  await page.getByLabel("Jam diterima (WIB, tidak wajib)").fill("16:30");
  await page.getByRole("button", { name: "Hitung" }).click();
  await expect(page.getByRole("status")).toContainText("Selasa, 7 April 2026");
  await expect(page.getByRole("status")).toContainText("Hari Suci Nyepi");
  await expectAccessible(page);
  // A wrong date is explained and the typed values stay.
  await page.getByLabel("Tanggal", { exact: true }).fill("31");
  await page.getByLabel("Bulan").fill("2");
  await page.getByRole("button", { name: "Hitung" }).click();
  await expect(page.getByRole("alert")).toContainText("Tanggal diterima harus tanggal yang benar");
  await expect(page.getByLabel("Tanggal", { exact: true })).toHaveValue("31");
  await expectAccessible(page);
});
