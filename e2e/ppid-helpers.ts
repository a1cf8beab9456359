import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe.ts";

/** A WIB civil date `days` ago as [day, month, year] strings (the desk form's date fields). */
export function daysAgo(days: number): [string, string, string] {
  const d = new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000);
  return [String(d.getUTCDate()), String(d.getUTCMonth() + 1), String(d.getUTCFullYear())];
}

export interface WalkIn {
  name: string;
  nik: string;
  address: string;
  phone: string;
  occupation: string;
  details: string;
  purpose: string;
  /** Received this many days ago (default 1). */
  receivedDaysAgo?: number;
  /** The access method label to tick (default softcopy). */
  access?: string;
}

/**
 * The desk (signed in on `page`) records a walk-in request with its receipt
 * date; returns its number, the tracking secret shown once, and the case page.
 */
export async function deskWalkIn(page: Page, w: WalkIn): Promise<{ number: string; secret: string; caseUrl: string }> {
  await page.goto("/ppid/kelola/baru");
  await expectAccessible(page);
  const [d, m, y] = daysAgo(w.receivedDaysAgo ?? 1);
  const received = page.getByRole("group", { name: "Tanggal diterima" });
  await received.getByLabel("Tanggal").fill(d);
  await received.getByLabel("Bulan").fill(m);
  await received.getByLabel("Tahun").fill(y);
  await page.getByLabel("Jam diterima (WIB)").fill("09:30");
  await page.getByLabel("Perorangan", { exact: true }).check();
  await page.getByLabel("Nama lengkap").fill(w.name);
  await page.getByLabel("NIK (perorangan dan kelompok)").fill(w.nik);
  await page.getByLabel("Alamat", { exact: true }).fill(w.address);
  await page.getByLabel("Nomor telepon").fill(w.phone);
  await page.getByLabel("Pekerjaan").fill(w.occupation);
  await page.getByLabel("Identitas asli sudah diperiksa di loket").check();
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill(w.details);
  await page.getByLabel("Tujuan penggunaan informasi").fill(w.purpose);
  await page.getByLabel(w.access ?? "Mendapatkan salinan elektronik (softcopy)").check();
  await page.getByLabel("Mengambil langsung").check();
  await page.getByRole("button", { name: "Registrasi permohonan" }).click();
  await expectAccessible(page);
  const url = (await page.locator("code").first().textContent())?.trim() ?? "";
  const hit = /\/ppid\/lacak\/(PPID-\d{4}-\d{6})\/([\w-]+)$/.exec(url);
  expect(hit, `tracking link on the done page: ${url}`).not.toBeNull();
  await page.getByRole("button", { name: "Buka permohonan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hit?.[1] ?? "");
  return { number: hit?.[1] ?? "", secret: hit?.[2] ?? "", caseUrl: page.url().replace(/\?.*$/, "") };
}

/** On the case page: forwards the request to an OPD's PPID Pelaksana. */
export async function forwardTo(page: Page, opd: string): Promise<void> {
  await expectAccessible(page);
  await page.getByLabel("OPD yang menguasai informasi").selectOption({ label: opd });
  await page.getByRole("button", { name: "Teruskan", exact: true }).click();
  await expect(page.getByText("Permohonan diteruskan ke OPD")).toBeVisible();
}
