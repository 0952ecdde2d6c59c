import type { PeachOperations } from '../../adapters/peach-port.js';
import type { ProviderAdapter } from '../../adapters/port.js';
import type { RunOperations } from '../../adapters/run-port.js';
import type { Campaign, CampaignRef } from '../domain/campaign.js';
import { NotFoundError, UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import { encodeRef, refOf } from '../domain/ids.js';
import type { PeachCampaignInput } from '../domain/peach.js';
import type { Capability } from '../domain/provider.js';
import {
  encodeRunRef,
  type Run,
  type RunFileContent,
  type RunPage,
  type RunRef,
  runRefOf,
  type TriggerRunInput,
} from '../domain/run.js';
import type { EventSource } from '../events/types.js';
import type { CallContext } from '../upstream/types.js';
import type { Loaders } from './loaders.js';
import type { GatewayServices } from './services.js';
import type { Tenant } from './tenants.js';

/** What this part borrows from the request gateway: idempotency, campaign events and the loaders. */
export interface PeachGatewayEffects {
  once<T>(operation: string, input: unknown, key: string | null, effect: () => Promise<T>): Promise<T>;
  publishStatus(campaign: Campaign, previous: Campaign['status'] | null): Promise<void>;
  refresh(campaign: Campaign): void;
  campaign(ref: CampaignRef): Promise<Campaign | null>;
  loaders: Pick<Loaders, 'runPage' | 'run'>;
}

const NO_RUNS: RunPage = { runs: [], nextCursor: null, totalCount: 0 };

/**
 * Peach's part of the gateway core for one request: creating, updating and scheduling borrower campaigns,
 * and campaign runs (list, trigger, files). Capabilities are checked before any provider call; every run
 * status the gateway reads goes to the change detector, so `runEvents` sees each change once.
 */
export class PeachGateway {
  constructor(
    private readonly tenant: Tenant,
    private readonly context: CallContext,
    private readonly effects: PeachGatewayEffects,
    private readonly services: Pick<GatewayServices, 'changes' | 'logger'>,
  ) {}

  /** A page of the campaign's runs, newest first, read once per request; empty for providers without runs. */
  async runs(campaign: Campaign, first: number, after: string | null): Promise<RunPage> {
    const page = await this.effects.loaders.runPage.load({ campaign: refOf(campaign), first, after });
    if (!page) return NO_RUNS;
    await Promise.all(page.runs.map((run) => this.observe(run, 'POLL')));
    return page;
  }

  /** One run of this tenant, read once per request, or null (another tenant's run is simply not found). */
  async run(ref: RunRef): Promise<Run | null> {
    const run = await this.effects.loaders.run.load(runRefOf(ref));
    if (run) await this.observe(run, 'POLL');
    return run;
  }

  /** Starts a run now (at most once per idempotency key) and publishes its first status. */
  triggerRun(ref: CampaignRef, input: TriggerRunInput, key: string | null): Promise<Run> {
    return this.effects.once('run.trigger', { ref: encodeRef(ref), input }, key, async () => {
      const runs = this.runOperations(ref, 'TRIGGER_RUN');
      const run = await runs.trigger(ref.providerId, input, this.context);
      // Run pages read earlier in this request no longer hold the newest run.
      this.effects.loaders.runPage.clearAll();
      await this.observe(run, 'MUTATION', null);
      return run;
    });
  }

  /** A file a run published, read with the tenant's own account. */
  runFile(ref: RunRef, fileName: string): Promise<RunFileContent> {
    const adapter = this.tenant.accounts.get(ref.account);
    if (!adapter?.runs || adapter.account.provider !== ref.provider) {
      return Promise.reject(new NotFoundError('Run', encodeRunRef(ref)));
    }
    return adapter.runs.downloadFile(ref.providerId, ref.runId, fileName, this.context);
  }

  /** How many rows the run's query produced; null when unknown. */
  async rowCount(run: Run): Promise<number | null> {
    const runs = this.tenant.accounts.get(run.account)?.runs;
    return runs?.rowCount ? runs.rowCount(run, this.context) : null;
  }

  /** Creates a borrower campaign on the named Peach account (or the only one). */
  createCampaign(accountId: string | null, input: PeachCampaignInput, key: string | null): Promise<Campaign> {
    return this.effects.once('campaign.create.peach', { accountId, input }, key, async () => {
      const campaign = await this.accountOperations(accountId, 'CREATE').createCampaign(input, this.context);
      await this.effects.publishStatus(campaign, null);
      return campaign;
    });
  }

  /** Updates a borrower campaign; a changed schedule (a changed status) is published. */
  updateCampaign(ref: CampaignRef, input: PeachCampaignInput, key: string | null): Promise<Campaign> {
    return this.edit('campaign.update.peach', 'UPDATE', ref, input, key);
  }

  /** Sets (or, with null, removes) the campaign's Peachy crontab. */
  schedule(ref: CampaignRef, schedule: string | null, key: string | null): Promise<Campaign> {
    return this.edit('campaign.schedule.peach', 'SCHEDULE', ref, { schedule }, key);
  }

  private edit(
    operation: string,
    capability: Capability,
    ref: CampaignRef,
    input: PeachCampaignInput,
    key: string | null,
  ): Promise<Campaign> {
    return this.effects.once(operation, { ref: encodeRef(ref), input }, key, async () => {
      const operations = this.campaignOperations(ref, capability);
      const current = await this.effects.campaign(ref);
      if (!current) throw new NotFoundError('Campaign', encodeRef(ref));
      const updated = await operations.updateCampaign(ref.providerId, input, this.context);
      this.effects.refresh(updated);
      if (updated.status !== current.status) await this.effects.publishStatus(updated, current.status);
      return updated;
    });
  }

  /** Hands a run status to the change detector; a failure is logged, never turned into a failed call. */
  private async observe(run: Run, source: EventSource, knownPrevious?: null): Promise<void> {
    await this.services.changes
      .observe(this.tenant.id, {
        type: 'RUN_STATUS_CHANGED',
        campaign: refOf(run),
        runId: run.runId,
        status: run.status,
        source,
        occurredAt: (run.updatedAt ?? new Date()).toISOString(),
        ...(knownPrevious === undefined ? {} : { knownPrevious }),
      })
      .catch((error: unknown) =>
        this.services.logger.error(
          { err: error, run: encodeRunRef(run), requestId: this.context.requestId },
          'run event not published',
        ),
      );
  }

  private adapterOf(ref: CampaignRef): ProviderAdapter {
    const adapter = this.tenant.accounts.get(ref.account);
    if (!adapter || adapter.account.provider !== ref.provider) throw new NotFoundError('Campaign', encodeRef(ref));
    return adapter;
  }

  private runOperations(ref: CampaignRef, capability: Capability): RunOperations {
    const adapter = this.adapterOf(ref);
    if (!adapter.runs || !adapter.capabilities.has(capability)) {
      throw new UnsupportedOperationError(adapter.account.provider, capability);
    }
    return adapter.runs;
  }

  private campaignOperations(ref: CampaignRef, capability: Capability): PeachOperations {
    const adapter = this.adapterOf(ref);
    if (!adapter.peach || !adapter.capabilities.has(capability)) {
      throw new UnsupportedOperationError(adapter.account.provider, capability);
    }
    return adapter.peach;
  }

  /** The named account, or the tenant's only Peach account that can do this. */
  private accountOperations(accountId: string | null, capability: Capability): PeachOperations {
    if (accountId === null) {
      const able = [...this.tenant.accounts.values()].filter((a) => a.peach && a.capabilities.has(capability));
      const [only] = able;
      if (able.length === 1 && only?.peach) return only.peach;
      const message =
        able.length === 0 ? `no Peach account can ${capability}` : 'name the account: several can do this';
      throw new ValidationError([{ path: ['account'], message }]);
    }
    const adapter = this.tenant.accounts.get(accountId);
    if (!adapter) throw new NotFoundError('ProviderAccount', accountId);
    if (!adapter.peach || !adapter.capabilities.has(capability)) {
      throw new UnsupportedOperationError(adapter.account.provider, capability);
    }
    return adapter.peach;
  }
}
