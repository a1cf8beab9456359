import type { Db, Tx } from "./client.ts";

/**
 * The one transaction helper every command uses. Everything inside must use `tx`
 * (Drizzle, pg-boss via jobs.send(tx, …), the audit writer): on PGlite a query on
 * the outer handle inside a transaction deadlocks.
 */
export function transaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}

/** SQLSTATE of a database error (Drizzle wraps it in `cause`). */
export function sqlState(e: unknown): string | undefined {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.cause?.code ?? err?.code;
}
