import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a citizen on a phone browses the OPD directory and finds a unit", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Perangkat Daerah" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Perangkat Daerah" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Cari perangkat daerah").fill("kesehatan");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/\/opd\?q=kesehatan/);
  await page.getByRole("link", { name: "Dinas Kesehatan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dinas Kesehatan" })).toBeVisible();
  await expectAccessible(page);
  // No horizontal scrolling on a 360 px phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The footer's maklumat pelayanan link says honestly that the page is being prepared.
  await page.getByRole("contentinfo").getByRole("link", { name: "Maklumat Pelayanan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maklumat Pelayanan" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
