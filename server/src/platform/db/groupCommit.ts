/**
 * Group commit: many callers, one transaction. While a flush is being written, new items
 * wait; the next flush takes all of them (with `concurrency` above 1, the next free writer
 * does). Each caller's promise settles only after the transaction holding its item has
 * committed, so an acknowledgement means "on disk".
 *
 * When a flush fails, its items are retried one transaction each, so one bad item fails
 * alone and the rest still commit; a failure `retryWhole` calls passing (a deadlock with
 * a concurrent writer, say) first gets one more try of the whole flush.
 */
export type GroupCommitter<T> = {
  submit: (item: T, weight: number) => Promise<void>;
  /** Items and weight waiting or being written: callers use it for backpressure. */
  pending: () => number;
  /** Resolves once everything submitted so far has been written (or failed). */
  drain: () => Promise<void>;
  /** The next write starts without waiting out the spacing. */
  hurry: () => void;
};

type Waiting<T> = { item: T; weight: number; resolve: () => void; reject: (e: unknown) => void };

export function createGroupCommitter<T>(opts: {
  /** Writes the items in one transaction; throws to fail them all. */
  write: (items: T[]) => Promise<void>;
  /** The most weight (e.g. events) one flush takes; more waits for the next flush. */
  maxWeight: number;
  /**
   * At least this long between the end of one write and the start of the next, so that
   * under load more items share a write (derived figures). `drain()` skips the wait.
   */
  spacingMs?: number;
  /**
   * How many writes may be in flight at once (default 1). More than one only where
   * concurrent transactions are already safe (several servers write side by side): while
   * one flush waits on the database, the next is prepared and sent.
   */
  concurrency?: number;
  /** Failures worth one more try of the whole flush before splitting it. */
  retryWhole?: (err: unknown) => boolean;
  onError?: (err: unknown, items: number) => void;
}): GroupCommitter<T> {
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  let queue: Waiting<T>[] = [];
  let weightInFlight = 0;
  const workers = new Set<Promise<void>>();
  let lastEnd = 0;
  const wakers = new Set<() => void>();
  let hurried = false;

  const spaced = async () => {
    const wait = lastEnd + (opts.spacingMs ?? 0) - Date.now();
    if (hurried || wait <= 0) {
      hurried = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, wait);
      wakers.add(wake);
    });
  };

  const writeWhole = async (batch: Waiting<T>[]) => {
    const items = batch.map((w) => w.item);
    try {
      await opts.write(items);
    } catch (err) {
      if (!opts.retryWhole?.(err)) throw err;
      await opts.write(items);
    }
  };

  const settleOneByOne = async (batch: Waiting<T>[]) => {
    for (const w of batch) {
      try {
        await opts.write([w.item]);
        w.resolve();
      } catch (err) {
        opts.onError?.(err, 1);
        w.reject(err);
      }
    }
  };

  const take = (): Waiting<T>[] => {
    let weight = 0;
    let n = 0;
    while (n < queue.length && (n === 0 || weight + (queue[n]?.weight ?? 0) <= opts.maxWeight)) {
      weight += queue[n]?.weight ?? 0;
      n++;
    }
    const batch = queue.slice(0, n);
    queue = queue.slice(n);
    return batch;
  };

  const work = async () => {
    while (queue.length > 0) {
      await spaced();
      const batch = take();
      if (batch.length === 0) break;
      try {
        await writeWhole(batch);
        for (const w of batch) w.resolve();
      } catch (err) {
        if (batch.length === 1) {
          opts.onError?.(err, 1);
          batch[0]?.reject(err);
        } else {
          await settleOneByOne(batch);
        }
      } finally {
        for (const w of batch) weightInFlight -= w.weight;
        lastEnd = Date.now();
      }
    }
  };

  const startWorker = () => {
    if (workers.size >= concurrency) return;
    // Start on the next tick, so requests parsed in the same turn share the flush.
    const worker: Promise<void> = new Promise<void>((r) => setImmediate(r)).then(work).finally(() => {
      workers.delete(worker);
      // Items that came while the last worker was finishing still get written.
      if (queue.length > 0) startWorker();
    });
    workers.add(worker);
  };

  return {
    submit: (item, weight) =>
      new Promise<void>((resolve, reject) => {
        queue.push({ item, weight, resolve, reject });
        weightInFlight += weight;
        startWorker();
      }),
    pending: () => weightInFlight,
    hurry: () => {
      hurried = true;
      for (const wake of wakers) wake();
    },
    drain: async () => {
      while (workers.size > 0) {
        for (const wake of wakers) wake();
        await Promise.all(workers);
      }
    },
  };
}
