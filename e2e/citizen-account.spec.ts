import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a citizen registers, verifies the email from the outbox, signs in and signs out", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const email = `budi.${Date.now()}@contoh.id`;
  const password = "kopi pagi di Muara Aman";

  await page.goto("/");
  await page.getByRole("link", { name: "Masuk" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Daftar sebagai warga" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Daftar akun warga" })).toBeVisible();
  await expectAccessible(page);

  // A slip first: the passwords differ. The form says so and keeps the name and email.
  await page.getByLabel("Nama lengkap").fill("Budi Santoso");
  await page.getByLabel("Alamat surel (email)").fill(email);
  await page.getByLabel("Kata sandi baru").fill(password);
  await page.getByLabel("Ketik ulang kata sandi").fill("kopi sore");
  await page.getByLabel(/Saya setuju data saya diproses/).check();
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByRole("alert")).toContainText("Kedua kata sandi tidak sama");
  await expect(page.getByLabel("Alamat surel (email)")).toHaveValue(email);
  await expectAccessible(page);

  await page.getByLabel("Kata sandi baru").fill(password);
  await page.getByLabel("Ketik ulang kata sandi").fill(password);
  if (!(await page.getByLabel(/Saya setuju data saya diproses/).isChecked()))
    await page.getByLabel(/Saya setuju data saya diproses/).check();
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Periksa surel Anda" })).toBeVisible();
  await expectAccessible(page);

  // Signing in before verifying is refused with a way forward.
  await page.goto("/masuk");
  await page.getByLabel("Alamat surel (email)").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByText("Alamat surel Anda belum diverifikasi").first()).toBeVisible();

  // No SMTP here: an admin reads the verification mail in the outbox.
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const admin = await adminContext.newPage();
  await signInStaff(admin, ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, { nextStep: true });
  await admin.goto("/admin/kotak-keluar");
  await expectAccessible(admin);
  await admin
    .getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) })
    .getByRole("link")
    .first()
    .click();
  await expectAccessible(admin);
  const mailText = (await admin.locator("pre").textContent()) ?? "";
  const link = /https?:\/\/\S+\/akun\/verifikasi-surel\?token=[\w-]+/.exec(mailText)?.[0];
  expect(link, mailText).toBeTruthy();
  await adminContext.close();

  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Verifikasi alamat surel" }).click();
  await expectAccessible(page);

  await page.goto("/masuk");
  await page.getByLabel("Alamat surel (email)").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
  await page.getByRole("link", { name: "Akun saya" }).click();
  await expect(page.getByText(email).first()).toBeVisible();
  await expectAccessible(page);

  // The account's requests and objections (none yet), each page reachable from the other.
  await page.goto("/akun/permohonan");
  await expect(page.getByRole("heading", { level: 1, name: "Permohonan saya" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Keberatan saya" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keberatan saya" })).toBeVisible();
  await expect(page.getByText("Belum ada keberatan atas permohonan dari akun ini.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Permohonan saya" }).last().click();
  await expect(page.getByRole("heading", { level: 1, name: "Permohonan saya" })).toBeVisible();

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" })).toBeVisible();
  await page.goto("/akun");
  await expect(page).toHaveURL(/\/masuk\?kembali=/);
});
