import { describe, expect, it } from 'vitest';
import { Bulkhead, BulkheadFullError } from '../../src/upstream/bulkhead.js';
import { settle } from '../support/manual-clock.js';

describe('bulkhead', () => {
  it('admits up to maxConcurrent calls at once', async () => {
    const bulkhead = new Bulkhead(2, 1);
    await bulkhead.acquire();
    await bulkhead.acquire();
    expect(bulkhead.load).toEqual({ active: 2, queued: 0 });
  });

  it('queues up to maxQueue callers and refuses the next one at once', async () => {
    const bulkhead = new Bulkhead(1, 2);
    await bulkhead.acquire();
    void bulkhead.acquire();
    void bulkhead.acquire();
    await expect(bulkhead.acquire()).rejects.toBeInstanceOf(BulkheadFullError);
    expect(bulkhead.load).toEqual({ active: 1, queued: 2 });
  });

  it('hands a released slot to the longest-waiting caller', async () => {
    const bulkhead = new Bulkhead(1, 5);
    const release = await bulkhead.acquire();
    const order: string[] = [];
    void bulkhead.acquire().then(() => order.push('first'));
    void bulkhead.acquire().then(() => order.push('second'));
    release();
    release();
    await settle();
    expect(order).toEqual(['first']);
    expect(bulkhead.load).toEqual({ active: 1, queued: 1 });
  });

  it('takes a caller whose signal aborts out of the queue', async () => {
    const bulkhead = new Bulkhead(1, 1);
    const release = await bulkhead.acquire();
    const controller = new AbortController();
    const waiting = bulkhead.acquire(controller.signal);
    controller.abort(new Error('deadline'));
    await expect(waiting).rejects.toThrow('deadline');
    expect(bulkhead.load).toEqual({ active: 1, queued: 0 });
    release();
    expect(bulkhead.load).toEqual({ active: 0, queued: 0 });
  });
});
