import { describe, expect, it } from 'vitest';
import { decodeRef, encodeRef } from '../../src/domain/ids.js';
import { addDecimal, money } from '../../src/domain/money.js';
import { Secret } from '../../src/domain/secret.js';

describe('money', () => {
  it('adds decimal strings exactly', () => {
    expect(addDecimal(addDecimal('0.01', '99.99'), '99.99')).toBe('199.99');
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(addDecimal('-1.50', '0.5')).toBe('-1.00');
  });

  it('keeps a provider number without float noise and upper-cases the currency', () => {
    expect(money(0.0527088, 'usd')).toEqual({ amount: '0.0527088', currency: 'USD' });
    expect(money('0.3000000', 'EUR')).toEqual({ amount: '0.3000000', currency: 'EUR' });
  });

  it('refuses text that is not a decimal', () => {
    expect(() => money('12,50', 'EUR')).toThrow();
  });
});

describe('global id references', () => {
  it('round-trips provider, account and provider id, even with separators inside', () => {
    const ref = { provider: 'peach', account: 'main', providerId: 'ext-a:b/c' } as const;
    expect(decodeRef(encodeRef(ref))).toEqual(ref);
  });

  it('rejects malformed ids and unknown providers', () => {
    expect(decodeRef('bsg:main')).toBeUndefined();
    expect(decodeRef('mailchimp:main:1')).toBeUndefined();
    expect(decodeRef('bsg:%E0%A4%A:1')).toBeUndefined();
  });
});

describe('secrets', () => {
  it('never print their value', () => {
    const secret = new Secret('live_abcdef');
    expect(String(secret)).toBe('[redacted]');
    expect(JSON.stringify({ secret })).toBe('{"secret":"[redacted]"}');
    expect(secret.reveal()).toBe('live_abcdef');
  });
});
