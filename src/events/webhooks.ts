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
 * publishes each real change once.
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
    const fresh = await this.services.store.set(`webhook:${provider}:${accountId}:${deliveryId}`, '1', {
      ttlMs: tolerance * 2_000,
      onlyIfAbsent: true,
    });
    if (!fresh) return { status: 409, body: { ok: false, error: 'delivery already received' } };
    const parsed = deliverySchema.safeParse(parseJson(rawBody));
    if (!parsed.success) return { status: 400, body: { ok: false, error: 'body is not a status-change delivery' } };
    const adapter = tenant.accounts.get(accountId);
    const { type, campaignId, runId } = parsed.data;
    if (adapter?.runs && type === 'run.status_changed' && runId !== undefined) {
      const run = await adapter.runs.getRun(campaignId, runId, { requestId: `webhook-${deliveryId}` });
      if (run) {
        await this.services.changes.observe(tenant.id, {
          type: 'RUN_STATUS_CHANGED',
          campaign: refOf(run),
          runId: run.runId,
          status: run.status,
          source: 'WEBHOOK',
          occurredAt: parsed.data.occurredAt ?? new Date().toISOString(),
        });
      }
      return { status: 202, body: { ok: true } };
    }
    if (!adapter || parsed.data.type !== 'campaign.status_changed') return { status: 202, body: { ok: true } };
    const found = await adapter.getCampaigns([parsed.data.campaignId], { requestId: `webhook-${deliveryId}` });
    const campaign = found.get(parsed.data.campaignId);
    if (campaign) {
      await this.services.changes.observe(tenant.id, {
        type: 'STATUS_CHANGED',
        campaign: refOf(campaign),
        status: campaign.status,
        source: 'WEBHOOK',
        occurredAt: parsed.data.occurredAt ?? new Date().toISOString(),
      });
    }
    return { status: 202, body: { ok: true } };
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
