import { Redis } from 'ioredis';

/**
 * A Redis connection that fails fast while Redis is away (no offline queue, one try per command, a
 * command timeout) and keeps reconnecting in the background, so callers can fail closed and recover.
 */
export function connectRedis(url: string, onError: (error: Error) => void, connectionName?: string): Redis {
  const redis = new Redis(url, {
    ...(connectionName ? { connectionName } : {}),
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 2_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
    lazyConnect: false,
  });
  redis.on('error', onError);
  return redis;
}

/** Resolves once the connection is ready (or rejects after `timeoutMs`). */
export function redisReady(redis: Redis, timeoutMs = 5_000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Redis did not become ready')), timeoutMs);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
