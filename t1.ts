import { migrateDatabase, openDatabase } from "/work/main/src/platform/db/client.ts";

let t = Date.now();
const d = await openDatabase({});
console.log("open", Date.now() - t);
t = Date.now();
await migrateDatabase(d);
console.log("migrate", Date.now() - t);
t = Date.now();
console.log(await d.raw.query("select count(*) from audit_head"));
const buf = await d.pglite!.dumpDataDir("none");
console.log("dump", Date.now() - t, buf.size);
const { PGlite } = await import("@electric-sql/pglite");
t = Date.now();
const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
const p2 = await PGlite.create({ loadDataDir: buf, extensions: { pg_trgm, unaccent } });
console.log("load", Date.now() - t, (await p2.query("select count(*) from users")).rows);
