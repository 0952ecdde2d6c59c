import type { Redis } from 'ioredis';
import { StateUnavailableError } from '../domain/errors.js';
import type { KeyValueStore } from './port.js';

const COMPARE_AND_SET = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1 end return 0`;
const COMPARE_AND_DELETE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1]) return 1 end return 0`;

/** The shared store on Redis: SET NX PX for records and locks, Lua scripts for fenced updates. */
export class RedisStore implements KeyValueStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'cgw:',
  ) {}

  get(key: string): Promise<string | null> {
    return this.guard(() => this.redis.get(this.prefix + key));
  }

  async set(key: string, value: string, options: { ttlMs: number; onlyIfAbsent?: boolean }): Promise<boolean> {
    const answer = await this.guard(() =>
      options.onlyIfAbsent
        ? this.redis.set(this.prefix + key, value, 'PX', options.ttlMs, 'NX')
        : this.redis.set(this.prefix + key, value, 'PX', options.ttlMs),
    );
    return answer === 'OK';
  }

  async delete(key: string): Promise<void> {
    await this.guard(() => this.redis.del(this.prefix + key));
  }

  async compareAndSet(key: string, expected: string, value: string, ttlMs: number): Promise<boolean> {
    const answer = await this.guard(() =>
      this.redis.eval(COMPARE_AND_SET, 1, this.prefix + key, expected, value, ttlMs),
    );
    return answer === 1;
  }

  async compareAndDelete(key: string, expected: string): Promise<boolean> {
    const answer = await this.guard(() => this.redis.eval(COMPARE_AND_DELETE, 1, this.prefix + key, expected));
    return answer === 1;
  }

  async ready(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw new StateUnavailableError(
        `shared state is unreachable (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
}
