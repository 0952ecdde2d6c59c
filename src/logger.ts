import { pino, type Logger } from 'pino';

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
  'credentials',
  '*.credentials',
  'password',
  '*.password',
  'redashApiKey',
  '*.redashApiKey',
];

/** The one logger: JSON lines, credentials redacted by path (Secret values redact themselves). */
export function createLogger(options: { level: string; destination?: NodeJS.WritableStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { service: 'campaign-gateway' },
    },
    options.destination ?? process.stdout,
  );
}
