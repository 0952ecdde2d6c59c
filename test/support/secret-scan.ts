import type { GatewayConfig } from '../../src/config.js';
import { Secret } from '../../src/domain/secret.js';

/**
 * Collects, per test file, every configured secret and everything the gateway said (response bodies,
 * subscription messages, log lines); `findLeaks` reports any secret found in any of it. Registered as a
 * vitest setup file, so every e2e file is checked after its tests.
 */
const secrets = new Set<string>();
const texts: string[] = [];
const logSinks: string[][] = [];

/** Values shorter than this are too likely to occur by chance (ids, digits) to count as a leak. */
const MIN_SECRET_LENGTH = 8;

/** Registers secret values (provider credentials, webhook secrets, API keys, secrets a test sends). */
export function registerSecrets(values: Iterable<string>): void {
  for (const value of values) if (value.length >= MIN_SECRET_LENGTH) secrets.add(value);
}

/** The secret values of a resolved config: credentials held as `Secret`, and webhook secrets. */
export function configSecrets(config: GatewayConfig): string[] {
  const found: string[] = [];
  const collect = (value: unknown): void => {
    if (value instanceof Secret) found.push(value.reveal());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  config.credentials.forEach(collect);
  config.webhookSecrets.forEach(collect);
  return found;
}

/** Records what a client received (a response body, a subscription message). */
export function recordReceived(text: string): void {
  texts.push(text);
}

/** Records a gateway's log buffer (read at the end, so later lines count too). */
export function recordLogs(lines: string[]): void {
  logSinks.push(lines);
}

/** Every secret found in what was recorded, with where: `[]` when nothing leaked. */
export function findLeaks(): { secret: string; where: string; excerpt: string }[] {
  const leaks: { secret: string; where: string; excerpt: string }[] = [];
  const scan = (where: string, text: string) => {
    for (const secret of secrets) {
      const at = text.indexOf(secret);
      if (at >= 0)
        leaks.push({ secret: mask(secret), where, excerpt: mask(text.slice(Math.max(0, at - 80), at + 80)) });
    }
  };
  texts.forEach((text) => scan('response', text));
  logSinks.forEach((lines) => lines.forEach((line) => scan('log', line)));
  return leaks;
}

/** How much was scanned, for reports. */
export function scanned(): { secrets: number; responses: number; logLines: number } {
  return { secrets: secrets.size, responses: texts.length, logLines: logSinks.reduce((n, l) => n + l.length, 0) };
}

/** Forgets everything (between test files, and in the scanner's own test). */
export function resetSecretScan(): void {
  secrets.clear();
  texts.length = 0;
  logSinks.length = 0;
}

function mask(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(`<${secret.slice(0, 3)}…>`);
  return out;
}
