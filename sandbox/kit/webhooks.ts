import { createHmac } from 'node:crypto';
import { request } from 'node:http';

/** Where a simulator delivers status-change webhooks, and the secret it signs them with (mutable: set `url` once the receiver listens). */
export interface WebhookTarget {
  url: string;
  secret: string;
}

/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-webhook-signature';
/** A unique id per delivery, so receivers can reject replays. */
export const WEBHOOK_ID_HEADER = 'x-webhook-id';

/** Signs a body the way every simulator's webhooks are signed. */
export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${digest}`;
}

let deliveries = 0;

/**
 * Posts one signed event; failures are reported, never thrown (a provider does not crash on a dead receiver).
 * The signature carries wall-clock time (transport time), whatever the simulator's clock says. A target
 * whose url is still empty (the receiver is not up yet) gets nothing.
 */
export function deliverWebhook(target: WebhookTarget, event: unknown): Promise<number> {
  if (target.url === '') return Promise.resolve(0);
  const now = new Date();
  const body = JSON.stringify(event);
  const id = `wh_${process.pid}_${++deliveries}`;
  const signature = signWebhook(target.secret, body, Math.floor(now.getTime() / 1000));
  return new Promise((resolve) => {
    const req = request(
      target.url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [WEBHOOK_SIGNATURE_HEADER]: signature,
          [WEBHOOK_ID_HEADER]: id,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}
