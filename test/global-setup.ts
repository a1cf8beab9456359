import { ensurePgliteTemplate, TEST_PG_URL } from "./db.ts";

/** Builds the migrated PGlite template once, before the test files run in parallel. */
export default async function setup() {
  if (!TEST_PG_URL) await ensurePgliteTemplate();
}
