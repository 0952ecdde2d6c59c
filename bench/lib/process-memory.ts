import { readFile } from 'node:fs/promises';

/** Resident memory of a process in MiB (Linux /proc). */
export async function rssMiB(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kib) ? Number((kib / 1024).toFixed(1)) : null;
  } catch {
    return null;
  }
}
