import { NotFoundError, ProviderRejectedError, ValidationError, type FieldIssue } from '../../src/domain/errors.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type { Secret } from '../../src/domain/secret.js';
import { statusToDomainError, type UpstreamClient, type UpstreamRequest } from '../../src/upstream/client.js';
import { UpstreamStatusError } from '../../src/upstream/errors.js';
import type { CallContext } from '../../src/upstream/types.js';
import { peachError } from './wire.js';

/** The header Peach reads the API key from. */
export const PEACH_API_KEY_HEADER = 'X-API-KEY';

/** What a call is about, so a 404 names the right object. */
export type PeachSubject = { typeName: 'Campaign' | 'Run'; id: string };

/**
 * Calls one Peach company's API: every path is company-scoped (`/companies/{companyId}/…` under the
 * account's base URL, which ends in `/api`) and carries the `X-API-KEY` header.
 */
export class PeachClient {
  constructor(
    readonly account: AccountRef,
    private readonly http: UpstreamClient,
    private readonly apiKey: Secret,
    private readonly companyId: string,
  ) {}

  /** Sends a request to `/companies/{companyId}{path}`; failures become domain errors. */
  async request<T>(
    request: Omit<UpstreamRequest<T>, 'path' | 'endpoint' | 'headers'> & { path: string; endpoint: string },
    context: CallContext,
    subject?: PeachSubject,
  ): Promise<T> {
    try {
      return await this.http.request(
        {
          ...request,
          path: `/companies/${encodeURIComponent(this.companyId)}${request.path}`,
          endpoint: `/companies/:companyId${request.endpoint}`,
          headers: { [PEACH_API_KEY_HEADER]: this.apiKey.reveal() },
        },
        context,
      );
    } catch (error) {
      throw this.mapError(error, subject);
    }
  }

  /** True for the 404 Peach answers for an empty list ("none to show: a 404, but not an error"). */
  static isEmptyList(error: unknown): boolean {
    return error instanceof NotFoundError || (error instanceof UpstreamStatusError && error.status === 404);
  }

  /** Peach's documented refusals first (400 validation, 404, 409 conflicts), then the generic HTTP meanings. */
  private mapError(error: unknown, subject?: PeachSubject): unknown {
    if (!(error instanceof UpstreamStatusError)) return error;
    const reason = reasonOf(error);
    if (error.status === 404) return subject ? new NotFoundError(subject.typeName, subject.id) : error;
    if (error.status === 400 || error.status === 422) return new ValidationError(fieldIssues(reason));
    if (error.status === 409 && /externalId/.test(reason)) {
      return new ValidationError([{ path: ['externalId'], message: reason }]);
    }
    if (error.status === 409) return new ProviderRejectedError(this.account, reason, 409);
    return statusToDomainError(error, reason);
  }
}

/** The message of a Peach error body: `error` or `message`, or `title: detail` for problem details. */
export function reasonOf(error: UpstreamStatusError): string {
  const body = peachError.safeParse(error.body);
  if (!body.success) return `HTTP ${error.status}`;
  const { detail, title, message, error: text } = body.data;
  if (detail !== undefined) return title ? `${title}: ${detail}` : detail;
  return text ?? message ?? `HTTP ${error.status}`;
}

/** Splits "field.path: message; other: message" into field issues; unlocated text names the body. */
export function fieldIssues(reason: string): FieldIssue[] {
  return reason
    .split(/;\s+/)
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const match = /^([A-Za-z][\w.]*):\s+(.+)$/s.exec(part.trim());
      return match ? { path: (match[1] ?? '').split('.'), message: match[2] ?? '' } : { path: [], message: part };
    });
}
