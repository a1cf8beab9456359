/**
 * Finds the system programs the test suite needs (PostgreSQL 15+ server and
 * client tools, Debian chromium, poppler's pdftotext) and installs them on
 * Debian/Ubuntu when running as root; otherwise says exactly what to install.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

export const APT_PACKAGES = ["postgresql", "postgresql-contrib", "chromium", "fonts-dejavu-core", "poppler-utils"];

export function postgresBinDir(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .map(Number)
    .filter((v) => v >= 15)
    .sort((a, b) => b - a);
  for (const v of versions) if (existsSync(`${base}/${v}/bin/initdb`)) return `${base}/${v}/bin`;
  return null;
}

export function chromiumPath(): string | null {
  for (const p of [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (p && existsSync(p)) return p;
  return null;
}

function missing(): string[] {
  const out: string[] = [];
  if (!postgresBinDir()) out.push("postgresql", "postgresql-contrib");
  if (!chromiumPath()) out.push("chromium", "fonts-dejavu-core");
  if (spawnSync("pdftotext", ["-v"]).error) out.push("poppler-utils");
  return out;
}

export function ensureSystemDeps(): void {
  const need = missing();
  if (need.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log(`Installing system packages: ${need.join(" ")}`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...need], { stdio: "inherit", env });
    const still = missing();
    if (still.length === 0) return;
    throw new Error(`Still missing after install: ${still.join(", ")}`);
  }
  throw new Error(
    `The test suite needs system packages that are not installed: ${need.join(", ")}.\n` +
      `On Debian/Ubuntu: sudo apt-get install -y ${need.join(" ")}\n` +
      "(PostgreSQL 15 or newer with initdb under /usr/lib/postgresql/<version>/bin, and Chromium at /usr/bin/chromium or CHROME_PATH.)",
  );
}
