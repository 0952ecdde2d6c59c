import { InvalidTransitionError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import type { CampaignAction, CampaignStatus } from '../../src/domain/status.js';
import { TRANSITIONS } from '../../src/domain/status.js';
import { statusToDomainError, UpstreamStatusError } from '../../src/upstream/errors.js';
import { konigleDetail, konigleFieldErrors } from './wire.js';

/** Maps Konigle's DRF refusals: field errors, "cannot be … in status '…'", 404; then the generic meanings. */
export function mapKonigleError(
  error: unknown,
  subject: { typeName: string; id: string } | null,
  action?: { action: CampaignAction; current: CampaignStatus },
): unknown {
  if (!(error instanceof UpstreamStatusError)) return error;
  if (error.status === 404 && subject) return new NotFoundError(subject.typeName, subject.id);
  const detail = konigleDetail.safeParse(error.body);
  if (error.status === 400 && detail.success && /cannot be \w+ in status/.test(detail.data.detail) && action) {
    return new InvalidTransitionError(
      action.action,
      action.current,
      TRANSITIONS[action.action].from,
      detail.data.detail,
    );
  }
  if (error.status === 400 && !detail.success) {
    const fields = konigleFieldErrors.safeParse(error.body);
    if (fields.success) {
      return new ValidationError(
        Object.entries(fields.data).flatMap(([field, messages]) =>
          messages.map((message) => ({ path: [field], message })),
        ),
      );
    }
  }
  return statusToDomainError(error, detail.success ? detail.data.detail : undefined);
}
