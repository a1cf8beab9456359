import type { EventEmitter } from "node:events";
import type { Executor } from "./client.ts";

/**
 * A small per-process cache of values read from one database, with a time to
 * live and an `invalidate()` for this process's own edits (other processes see
 * changes once the TTL passes). Entries are kept per database: a handle and
 * every transaction opened on it share them (Drizzle gives each database its own
 * dialect object and hands it to its transactions), while two databases (two
 * platforms in a test run) never do. A read made inside a transaction is kept
 * only once it succeeded, so a failing transaction never hands its error on.
 */
export class DbCache<T> {
  private readonly entries = new WeakMap<object, Map<string, { at: number; generation: number; value: Promise<T> }>>();
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxKeys = 200,
  ) {}

  get(db: Executor, key: string, load: () => Promise<T>, now: number = Date.now()): Promise<T> {
    const dbKey = (db as unknown as { dialect?: object }).dialect ?? db;
    let perDb = this.entries.get(dbKey);
    if (!perDb) {
      perDb = new Map();
      this.entries.set(dbKey, perDb);
    }
    const entries = perDb;
    const hit = entries.get(key);
    if (hit && hit.generation === this.generation && now - hit.at < this.ttlMs) return hit.value;
    if (entries.size >= this.maxKeys) entries.clear();
    const gen = this.generation;
    // Promise.resolve: a lazy thenable (a query builder runs again at every await) is run once here.
    const value = Promise.resolve(load());
    const entry = { at: now, generation: gen, value };
    if (isTransaction(db)) {
      value.then(
        () => {
          if (gen === this.generation) entries.set(key, entry);
        },
        () => {},
      );
      return value;
    }
    entries.set(key, entry);
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    return value;
  }

  /** Drops every entry (call after this process changed what is cached). */
  invalidate(): void {
    this.generation++;
  }

  private readonly followed = new WeakSet<EventEmitter>();

  /**
   * Drops every entry at each "committed" event of a platform (every command
   * transaction of this process). Safe to call on every request: the listener
   * is added once per emitter.
   */
  followCommits(events: EventEmitter): this {
    if (!this.followed.has(events)) {
      this.followed.add(events);
      events.on("committed", () => this.invalidate());
    }
    return this;
  }
}

const isTransaction = (db: Executor) => "rollback" in db && typeof (db as { rollback?: unknown }).rollback === "function";
