import { request, RequestError } from './api.js';
import { ACTION_WORDS, actionErrorText, statusLabel } from './format.js';
import { actionMutation, type Action, type ActionResult, type Campaign } from './operations.js';
import type { CampaignTable } from './table.js';

/** What running an action touches on the page. */
export interface ActionContext {
  apiKey(): string | null;
  table: CampaignTable;
  announce(text: string): void;
  notify(text: string): void;
  failed(error: RequestError): void;
}

/** A fresh key per press, so a retried request is never applied twice. */
function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `dashboard-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Asks the gateway for one lifecycle action and shows the outcome on the row: the new state, or why not. */
export async function runAction(page: ActionContext, action: Action, campaign: Campaign): Promise<void> {
  const mutation = actionMutation(action);
  const apiKey = page.apiKey();
  if (!mutation || !apiKey) return;
  const verb = ACTION_WORDS[action].verb;
  if (action === 'CANCEL' && !window.confirm(`Cancel “${campaign.name}”? A cancelled campaign cannot be restarted.`)) {
    return;
  }
  page.table.setRowState(campaign.id, { busy: true, message: `${verb} requested…` });
  try {
    const { data } = await request<Record<string, ActionResult>>(apiKey, mutation.query, {
      id: campaign.id,
      key: idempotencyKey(),
    });
    const result = data[mutation.field] ?? { __typename: 'Unknown' };
    if (result.campaign) {
      page.table.update(result.campaign, true);
      page.announce(`${campaign.name} is now ${statusLabel(result.campaign.status).toLowerCase()}.`);
      return;
    }
    const text = actionErrorText(action, campaign, result);
    page.table.setRowState(campaign.id, { message: text });
    page.notify(text);
  } catch (error) {
    const text = `Could not ${verb.toLowerCase()} “${campaign.name}”: ${error instanceof Error ? error.message : error}`;
    page.table.setRowState(campaign.id, { message: text });
    page.failed(new RequestError(text, error instanceof RequestError ? error.code : 'UNKNOWN'));
  }
}
