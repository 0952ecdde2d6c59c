/** The endpoint every request of the page goes to (the gateway serving it). */
export const GRAPHQL_PATH = '/graphql';

/** A failure of a whole request, worded for people; `code` is the gateway's `extensions.code`. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** One entry of a response's `errors`, as much as the page reads. */
export interface ResponseError {
  message: string;
  extensions?: { code?: string; provider?: string };
}

/** Data plus any partial errors (a provider that failed while the others answered). */
export interface Result<Data> {
  data: Data;
  errors: ResponseError[];
}

/** Posts one operation with the key; throws RequestError when there is no data at all. */
export async function request<Data>(
  apiKey: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Result<Data>> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${apiKey}`,
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new RequestError('The gateway cannot be reached. Check your connection and try again.', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: Data | null; errors?: ResponseError[] };
  const errors = body.errors ?? [];
  if (response.status === 401) {
    throw new RequestError('This API key was not accepted. Enter a valid key.', 'UNAUTHENTICATED');
  }
  if (body.data === undefined || body.data === null) {
    const first = errors[0];
    throw new RequestError(
      first ? describeError(first) : `The gateway answered ${response.status}.`,
      first?.extensions?.code ?? `HTTP_${response.status}`,
    );
  }
  return { data: body.data, errors };
}

/** A GraphQL error in words, naming the provider when there is one. */
export function describeError(error: ResponseError): string {
  const code = error.extensions?.code;
  if (code === 'FORBIDDEN') return `Your API key is not allowed to do this (${error.message})`;
  const provider = error.extensions?.provider;
  return provider ? `${provider.toUpperCase()}: ${error.message}` : error.message;
}
