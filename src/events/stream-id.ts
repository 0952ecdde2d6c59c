/** Compares Redis stream ids ("<ms>-<seq>") numerically; negative when a < b. */
export function compareStreamIds(a: string, b: string): number {
  const [msA = 0n, seqA = 0n] = a.split('-').map(toBigInt);
  const [msB = 0n, seqB = 0n] = b.split('-').map(toBigInt);
  if (msA !== msB) return msA < msB ? -1 : 1;
  return seqA === seqB ? 0 : seqA < seqB ? -1 : 1;
}

/** True for "<digits>" or "<digits>-<digits>". */
export function isStreamId(value: string): boolean {
  return /^\d{1,20}(-\d{1,20})?$/.test(value);
}

function toBigInt(part: string): bigint {
  return /^\d+$/.test(part) ? BigInt(part) : 0n;
}
