import { recordReceived } from './secret-scan.js';

/** A raw answer from /graphql: status, headers and the body as text (and JSON when it parses). */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

/** Sends anything to /graphql (malformed documents, odd bodies, other methods), as an attacker could. */
export async function sendRaw(
  url: string,
  init: { body?: string | Buffer; method?: string; apiKey?: string; headers?: Record<string, string>; query?: string },
): Promise<RawResponse> {
  const response = await fetch(`${url}/graphql${init.query ?? ''}`, {
    method: init.method ?? 'POST',
    headers: {
      ...(init.method === 'GET' ? {} : { 'content-type': 'application/json' }),
      accept: 'application/graphql-response+json',
      ...(init.apiKey ? { authorization: `Bearer ${init.apiKey}` } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body) } : {}),
  });
  const text = await response.text();
  recordReceived(text);
  let json: RawResponse['json'];
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Posts a GraphQL document (and variables) as JSON. */
export function postDocument(url: string, apiKey: string, query: string, variables?: unknown): Promise<RawResponse> {
  return sendRaw(url, { apiKey, body: JSON.stringify({ query, ...(variables !== undefined ? { variables } : {}) }) });
}
