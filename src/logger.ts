import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';
import type { PrettyOptions } from 'pino-pretty';

export type { Logger };

/** Paths that may hold credentials in anything we log; pino replaces them with "[redacted]". */
const REDACT_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'apiKey',
  '*.apiKey',
  'apiSecret',
  '*.apiSecret',
  'secret',
  '*.secret',
  'credentials',
  '*.credentials',
  'password',
  '*.password',
  'redashApiKey',
  '*.redashApiKey',
];

const REDACTED = '[redacted]';

/** Values shorter than this are not redacted by value (they would blank out ordinary words). */
const MIN_SECRET_LENGTH = 6;

/** Blanks known secret values out of a serialized log line, wherever they appear (raw or JSON-escaped). */
class ValueRedactor {
  private values: string[] = [];

  add(values: Iterable<string>): void {
    const next = new Set(this.values);
    for (const value of values) {
      if (value.length < MIN_SECRET_LENGTH) continue;
      next.add(value);
      next.add(JSON.stringify(value).slice(1, -1));
    }
    this.values = [...next].sort((a, b) => b.length - a.length);
  }

  apply(line: string): string {
    let out = line;
    for (const value of this.values) if (out.includes(value)) out = out.split(value).join(REDACTED);
    return out;
  }
}

const redactors = new WeakMap<Logger, ValueRedactor>();

/** Makes the logger blank these values (provider credentials, webhook secrets) out of every line it writes. */
export function redactSecretValues(logger: Logger, values: Iterable<string>): void {
  redactors.get(logger)?.add(values);
}

/** Human-readable logs only for a person at a terminal, never in production. */
export function prettyLogsWanted(env: NodeJS.ProcessEnv, stdout: { isTTY?: boolean }): boolean {
  return stdout.isTTY === true && env['NODE_ENV'] !== 'production';
}

/** pino-pretty when it is installed (a development dependency); JSON lines otherwise. */
function prettyStream(): NodeJS.WritableStream | undefined {
  try {
    const build = createRequire(import.meta.url)('pino-pretty') as (options: PrettyOptions) => NodeJS.WritableStream;
    return build({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
  } catch {
    return undefined;
  }
}

/**
 * The one logger: JSON lines, credentials redacted by path and, once config is loaded, by value
 * (Secret values redact themselves too). `pretty` prints for humans instead. Lines go to stdout without
 * blocking (lines written meanwhile are batched) and are flushed when the process exits.
 */
export function createLogger(options: {
  level: string;
  destination?: NodeJS.WritableStream;
  pretty?: boolean;
}): Logger {
  const redactor = new ValueRedactor();
  const logger = pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      base: { service: 'campaign-gateway' },
      hooks: { streamWrite: (line) => redactor.apply(line) },
    },
    options.destination ?? (options.pretty ? prettyStream() : undefined) ?? pino.destination({ dest: 1, sync: false }),
  );
  redactors.set(logger, redactor);
  return logger;
}
