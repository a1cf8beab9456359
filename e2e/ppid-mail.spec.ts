import { expect, test } from "@playwright/test";
import nodemailer from "nodemailer";
import { tinyPng } from "../test/ppid.ts";
import { expectAccessible } from "./axe.ts";
import { DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";

test.use({ viewport: { width: 1280, height: 900 } });

/** The mail role listens on the port after the web role's (playwright.config.ts). */
const E2E_MAIL_PORT = Number(process.env.E2E_PORT ?? 3210) + 1;

test("a request mailed to the PPID address lands in the desk's holding pen and is registered with its KTP attachment", async ({ page }) => {
  const subject = `Permohonan salinan DPA Dinas Kesehatan ${Date.now().toString(36)}`;
  const smtp = nodemailer.createTransport({ host: "127.0.0.1", port: E2E_MAIL_PORT, secure: false, ignoreTLS: true });
  await smtp.sendMail({
    from: "Rahmat Hidayat <rahmat@contoh.id>",
    to: "ppid@lebongkab.go.id",
    subject,
    text: "Dengan hormat, saya meminta salinan Dokumen Pelaksanaan Anggaran Dinas Kesehatan tahun 2026.",
    attachments: [{ filename: "ktp.png", content: Buffer.from(tinyPng()), contentType: "image/png" }],
  });

  await signInStaff(page, "petugas.ppid@lebongkab.go.id", DEMO_ADMIN_PASSWORD);
  await page.goto("/ppid/kelola/surel");
  await expect(page.getByRole("heading", { level: 1, name: "Surel masuk PPID" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText("ktp.png")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Registrasi sebagai permohonan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registrasi sebagai permohonan" })).toBeVisible();
  // Prefilled from the mail: the sender's name and address, the body as the details.
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Rahmat Hidayat");
  await expect(page.getByLabel("Rincian informasi yang dibutuhkan")).toHaveValue(/Dokumen Pelaksanaan Anggaran/);

  // A mistake first: the missing fields are named and what was prefilled stays.
  await page.getByRole("button", { name: "Registrasi permohonan" }).click();
  await expect(page.getByRole("alert")).toContainText("Ada masalah");
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Rahmat Hidayat");
  await expectAccessible(page);

  await page.getByLabel("NIK (perorangan dan kelompok)").fill("1707015203900002");
  await page.getByLabel("Alamat", { exact: true }).fill("Jl. Merdeka No. 3, Muara Aman, Kabupaten Lebong");
  await page.getByLabel("Pekerjaan").fill("Wiraswasta");
  await page.getByLabel("Tujuan penggunaan informasi").fill("Memantau anggaran kesehatan desa.");
  await page.getByLabel("Lampiran: ktp.png").check();
  await page.getByRole("button", { name: "Registrasi permohonan" }).click();

  const banner = page.getByRole("alert").filter({ hasText: "diregistrasi dari surel ini" });
  await expect(banner).toBeVisible();
  const number = /PPID-\d{4}-\d{6}/.exec((await banner.textContent()) ?? "")?.[0] ?? "";
  expect(number).toMatch(/^PPID-\d{4}-\d{6}$/);
  await expectAccessible(page);
  await banner.getByRole("link", { name: `Buka permohonan ${number}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await expect(page.getByText("Email").first()).toBeVisible();
});
