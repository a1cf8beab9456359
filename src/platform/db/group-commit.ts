/**
 * Group commit: commands of the same kind that arrive while one transaction is
 * running wait and are then committed together, in one transaction. Each caller
 * still gets its own result only after the commit, so an acknowledgement is
 * never given for work that is not durable.
 *
 * A lone command does not wait for company: when nothing is running it starts
 * at once (on the next turn of the event loop, which gathers the commands that
 * arrived in the same turn). Under load the batches grow by themselves, which
 * spreads the transaction's fixed costs (BEGIN, COMMIT and its flush to disk,
 * the audit chain's head, counters) over many commands.
 *
 * When a batch fails, each of its commands is run again alone, so one bad
 * command fails only its own caller.
 */
export class GroupCommit<I, O> {
  private readonly pending: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private running = false;

  constructor(
    /** Runs the items in one transaction and returns one result per item, in order. */
    private readonly flush: (items: I[]) => Promise<O[]>,
    private readonly maxBatch = 50,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.running) return;
      this.running = true;
      setImmediate(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, this.maxBatch);
        try {
          const out = await this.flush(batch.map((b) => b.item));
          if (out.length !== batch.length) throw new Error(`group commit: ${out.length} results for ${batch.length} items`);
          for (const [i, b] of batch.entries()) b.resolve(out[i]);
        } catch (e) {
          if (batch.length === 1) {
            batch[0].reject(e);
            continue;
          }
          for (const b of batch) {
            try {
              b.resolve((await this.flush([b.item]))[0]);
            } catch (e1) {
              b.reject(e1);
            }
          }
        }
      }
    } finally {
      this.running = false;
    }
  }
}
