import { createHmac, timingSafeEqual } from 'node:crypto';

/** Why a delivery was refused; every reason answers 401 except a replay (409). */
export type SignatureProblem = 'missing' | 'malformed' | 'stale' | 'mismatch';

/**
 * Verifies `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` in constant time, and that `t` is
 * within `toleranceSeconds` of now (so a captured delivery cannot be replayed later).
 */
export function verifySignature(
  header: string | undefined,
  body: string,
  secret: string,
  toleranceSeconds: number,
  nowMs: number = Date.now(),
): SignatureProblem | null {
  if (!header) return 'missing';
  const parts = Object.fromEntries(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts['t']);
  const given = parts['v1'];
  if (!Number.isInteger(timestamp) || !given || !/^[0-9a-f]{64}$/.test(given)) return 'malformed';
  if (Math.abs(nowMs / 1000 - timestamp) > toleranceSeconds) return 'stale';
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex')) ? null : 'mismatch';
}
