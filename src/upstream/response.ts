import type { UpstreamRequest } from './types.js';

/** A response body passed the account's `maxBodyBytes`; reading stopped there. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(
    readonly limit: number,
    readonly providerRequestId: string | null,
  ) {
    super(`answered a body over ${limit} bytes`);
  }
}

/** Reads a body as UTF-8 text, stopping (and dropping the stream) as soon as it passes `limit` bytes. */
export async function readLimited(
  body: AsyncIterable<Buffer>,
  limit: number,
  providerRequestId: string | null,
  onChunk: () => void = () => undefined,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    onChunk();
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(limit, providerRequestId);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A 2xx body decoded into its documented shape, or the reason it could not be. */
export type Decoded<T> = { ok: true; data: T } | { ok: false; reason: string };

/** Checks media type, JSON syntax and the wire schema of a 2xx body, in that order. */
export function decodeBody<T>(request: UpstreamRequest<T>, text: string, contentType: string | undefined): Decoded<T> {
  let raw: unknown = text;
  if (request.responseType !== 'text') {
    const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
    if (mediaType && !/^application\/([\w.-]+\+)?json$/.test(mediaType)) {
      return { ok: false, reason: `${request.endpoint} answered ${mediaType} instead of JSON` };
    }
    raw = parseJson(text);
    if (raw === NOT_JSON) return { ok: false, reason: `${request.endpoint} did not answer JSON` };
  }
  const parsed = request.schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  const where = first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'unexpected shape';
  return { ok: false, reason: `${request.endpoint} answered an undocumented shape (${where})` };
}

/** The parsed JSON of an error body, or its text when it is not JSON. */
export function parseErrorBody(text: string): unknown {
  const parsed = parseJson(text);
  return parsed === NOT_JSON ? text : parsed;
}

const NOT_JSON = Symbol('not-json');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}
