import { z } from 'zod';

/** A decimal amount as a string (never a float) with its ISO 4217 currency. */
export interface Money {
  amount: string;
  currency: string;
}

/** A plain decimal string: optional minus, digits, optional fraction. */
export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number written as a string');

/** An ISO 4217 currency code (three upper-case letters). */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as USD');

/** Builds Money from a provider's number or string amount without going through float arithmetic twice. */
export function money(amount: string | number, currency: string): Money {
  const text = typeof amount === 'number' ? numberToDecimal(amount) : amount.trim();
  return { amount: decimalString.parse(text), currency: currency.toUpperCase() };
}

/** Adds two decimal strings exactly. */
export function addDecimal(a: string, b: string): string {
  const scale = Math.max(fractionDigits(a), fractionDigits(b));
  const sum = toScaled(a, scale) + toScaled(b, scale);
  return fromScaled(sum, scale);
}

function numberToDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite amount: ${value}`);
  return value.toString().includes('e') ? value.toFixed(20).replace(/\.?0+$/, '') : value.toString();
}

function fractionDigits(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}

function toScaled(value: string, scale: number): bigint {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const scaled = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -scaled : scaled;
}

function fromScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}
