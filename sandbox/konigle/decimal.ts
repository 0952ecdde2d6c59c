/** Exact two-decimal arithmetic: amounts travel as strings and are held as integer cents. */
export function toCents(value: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) throw new RangeError(`not a two-decimal amount: ${value}`);
  return BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** Cents back to the wire form, e.g. 20000n -> "200.00". */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Whether an amount fits a DRF DecimalField with `maxDigits` digits, two of them decimal places. */
export function fitsDigits(cents: bigint, maxDigits: number): boolean {
  return cents < 10n ** BigInt(maxDigits);
}
