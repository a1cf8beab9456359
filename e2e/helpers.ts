import { expect, type Page } from "@playwright/test";
import { DEMO_ADMIN_PASSWORD } from "../src/config.ts";
import { DEMO_TOTP_SECRET, totpCode } from "../src/modules/accounts/totp.ts";
import { expectAccessible } from "./axe.ts";

export const ADMIN_EMAIL = "admin@lebongkab.go.id";
export { DEMO_ADMIN_PASSWORD };

/** A TOTP code that has not been used yet: waits for the next 30-second step when asked. */
export async function freshTotp(secret = DEMO_TOTP_SECRET, nextStep = false): Promise<string> {
  if (nextStep) {
    const wait = 30_000 - (Date.now() % 30_000) + 200;
    await new Promise((r) => setTimeout(r, wait));
  }
  return totpCode(secret);
}

/** Signs in on /masuk with email and password, then the second factor; checks each page with axe. */
export async function signInStaff(page: Page, email: string, password: string, opts: { nextStep?: boolean } = {}) {
  await page.goto("/masuk");
  await expectAccessible(page);
  await page.getByLabel("Alamat surel (email)").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Verifikasi dua langkah" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Kode keamanan").fill(await freshTotp(DEMO_TOTP_SECRET, opts.nextStep));
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  // A code is accepted once per 30-second step and account: when an earlier journey signed in as the
  // same person within this step, the page asks again; wait for the next step and send the new code.
  await page.waitForLoadState();
  if (await page.getByRole("heading", { level: 1, name: "Verifikasi dua langkah" }).isVisible()) {
    await page.getByLabel("Kode keamanan").fill(await freshTotp(DEMO_TOTP_SECRET, true));
    await page.getByRole("button", { name: "Lanjutkan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Verifikasi dua langkah" })).toHaveCount(0);
  }
}
