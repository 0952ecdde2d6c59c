import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/upstream/errors.js';

const now = Date.parse('2026-01-01T00:00:00.000Z');

describe('Retry-After', () => {
  it('reads delta seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the seconds left until it, rounded up', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now + 500)).toBe(5);
  });

  it('reads a date in the past as "now"', () => {
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });

  it('answers null for a missing or unreadable value', () => {
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-3', now)).toBeNull();
  });
});
