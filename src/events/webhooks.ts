import { z } from 'zod';
import { credentialsKey, type GatewayConfig } from '../config.js';
import { refOf } from '../domain/ids.js';
import type { GatewayServices } from '../gateway/services.js';
import type { Tenant } from '../gateway/tenants.js';
import type { Logger } from '../logger.js';
import { verifySignature } from './webhook-signature.js';

/** A status-change delivery: the provider's own ids; statuses are re-read from the provider. */
const deliverySchema = z.object({
  type: z.enum(['campaign.status_changed', 'run.status_changed']),
  campaignId: z.union([z.string().min(1), z.number().int()]).transform(String),
  runId: z
    .union([z.string().min(1), z.number().int()])
    .transform(String)
    .optional(),
  occurredAt: z.string().optional(),
});
type Delivery = z.infer<typeof deliverySchema>;

export interface WebhookAnswer {
  status: number;
  body: { ok: boolean; error?: string };
}

const REPLAY_HEADER = 'x-webhook-id';
const SIGNATURE_HEADER = 'x-webhook-signature';

/**
 * Receives `/webhooks/:provider/:account`: checks the HMAC signature, its age and that the delivery id
 * was not seen before, then re-reads the campaign (or, for `run.status_changed`, the run) from the
 * provider (deliveries may arrive out of order) and hands its status to the change detector, which
 * publishes each real change once. When the re-read fails the answer is 503 and the delivery id is
 * forgotten, so the provider's retry is processed.
 */
export class WebhookReceiver {
  constructor(
    private readonly config: GatewayConfig,
    private readonly tenants: ReadonlyMap<string, Tenant>,
    private readonly services: GatewayServices,
    private readonly logger: Logger,
  ) {}

  async receive(
    provider: string,
    accountId: string,
    headers: Record<string, string | undefined>,
    rawBody: string,
  ): Promise<WebhookAnswer> {
    const target = this.find(provider, accountId);
    if (!target) return { status: 404, body: { ok: false, error: 'no webhook is configured at this path' } };
    const { tenant, tolerance, secret } = target;
    const problem = verifySignature(headers[SIGNATURE_HEADER], rawBody, secret, tolerance);
    if (problem) {
      this.logger.warn({ provider, account: accountId, problem }, 'webhook refused');
      return { status: 401, body: { ok: false, error: `signature ${problem}` } };
    }
    const deliveryId = headers[REPLAY_HEADER];
    if (!deliveryId) return { status: 400, body: { ok: false, error: `${REPLAY_HEADER} header is required` } };
    const seen = `webhook:${provider}:${accountId}:${deliveryId}`;
    const fresh = await this.services.store.set(seen, '1', { ttlMs: tolerance * 2_000, onlyIfAbsent: true });
    if (!fresh) return { status: 409, body: { ok: false, error: 'delivery already received' } };
    const parsed = deliverySchema.safeParse(parseJson(rawBody));
    if (!parsed.success) return { status: 400, body: { ok: false, error: 'body is not a status-change delivery' } };
    try {
      await this.observe(tenant, accountId, parsed.data, deliveryId);
      return { status: 202, body: { ok: true } };
    } catch (error) {
      // Forget the delivery, so the provider's retry of it is taken rather than refused as a replay.
      await this.services.store.delete(seen);
      this.logger.warn({ err: error, provider, account: accountId, deliveryId }, 'webhook not processed');
      return { status: 503, body: { ok: false, error: 'the change could not be read from the provider; retry' } };
    }
  }

  /** Re-reads what the delivery names and hands its status to the change detector. */
  private async observe(tenant: Tenant, accountId: string, delivery: Delivery, deliveryId: string): Promise<void> {
    const adapter = tenant.accounts.get(accountId);
    const { type, campaignId, runId } = delivery;
    const context = { requestId: `webhook-${deliveryId}` };
    const occurredAt = delivery.occurredAt ?? new Date().toISOString();
    if (adapter?.runs && type === 'run.status_changed' && runId !== undefined) {
      const run = await adapter.runs.getRun(campaignId, runId, context);
      if (run) {
        await this.services.changes.observe(tenant.id, {
          type: 'RUN_STATUS_CHANGED',
          campaign: refOf(run),
          runId: run.runId,
          status: run.status,
          source: 'WEBHOOK',
          occurredAt,
        });
      }
      return;
    }
    if (!adapter || type !== 'campaign.status_changed') return;
    const campaign = (await adapter.getCampaigns([campaignId], context)).get(campaignId);
    if (campaign) {
      await this.services.changes.observe(tenant.id, {
        type: 'STATUS_CHANGED',
        campaign: refOf(campaign),
        status: campaign.status,
        source: 'WEBHOOK',
        occurredAt,
      });
    }
  }

  private find(provider: string, accountId: string) {
    for (const tenant of this.tenants.values()) {
      const account = tenant.config.accounts.find((a) => a.id === accountId && a.provider === provider && a.webhook);
      const secret = this.config.webhookSecrets.get(credentialsKey(tenant.id, accountId));
      if (account?.webhook && secret)
        return { tenant, tolerance: account.webhook.toleranceSeconds, secret: secret.reveal() };
    }
    return undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
