import { newExecution, type KonigleCampaign, type KonigleStatus } from './state.js';
import type { KonigleStore } from './store.js';

/** Sending time when `execution_duration_minutes` is null ("as fast as possible while honoring channel rate limit"). */
export const FAST_SEND_MS = 60_000;

/** Starts or resumes sending: the campaign runs and its execution is processing. */
export function beginRun(store: KonigleStore, campaign: KonigleCampaign): void {
  const now = store.clock.now();
  campaign.execution ??= newExecution(store.audienceSize(campaign.audience));
  campaign.execution.started_at ??= now.toISOString();
  campaign.execution.last_run_at = now.toISOString();
  campaign.execution.expected_completion_at = new Date(
    now.getTime() + Math.ceil(durationMs(campaign) * (1 - campaign.progressBefore)),
  ).toISOString();
  campaign.runningSince = now.getTime();
  store.setExecutionStatus(campaign, 'processing');
  store.setStatus(campaign, 'running');
}

/** Stops sending for now, remembering how far it got. */
export function pauseRun(store: KonigleStore, campaign: KonigleCampaign): void {
  fill(store, campaign);
  campaign.runningSince = null;
  if (campaign.execution) {
    campaign.execution.paused_at = store.nowIso();
    campaign.execution.expected_completion_at = null;
  }
  store.setExecutionStatus(campaign, 'paused');
  store.setStatus(campaign, 'paused');
}

/** Cancels the campaign and, if it had begun sending, its execution. */
export function cancelRun(store: KonigleStore, campaign: KonigleCampaign): void {
  if (campaign.runningSince !== null) fill(store, campaign);
  campaign.runningSince = null;
  if (campaign.execution) {
    campaign.execution.cancelled_at = store.nowIso();
    campaign.execution.expected_completion_at = null;
  }
  store.setExecutionStatus(campaign, 'cancelled');
  store.setStatus(campaign, 'cancelled');
}

/** Ends the run: every recipient processed (`completed`) or sending aborted (`failed`). */
export function finishRun(store: KonigleStore, campaign: KonigleCampaign, outcome: 'completed' | 'failed'): void {
  campaign.execution ??= newExecution(store.audienceSize(campaign.audience));
  if (outcome === 'completed') campaign.progressBefore = 1;
  fill(store, campaign);
  campaign.runningSince = null;
  const execution = campaign.execution;
  execution.completed_at = store.nowIso();
  execution.expected_completion_at = null;
  if (outcome === 'failed') execution.error_message ||= 'Sending aborted by the email channel.';
  store.setExecutionStatus(campaign, outcome);
  store.setStatus(campaign, outcome);
}

/** Puts a campaign in any status as if the platform had moved it there (test control). */
export function forceStatus(store: KonigleStore, campaign: KonigleCampaign, status: KonigleStatus): void {
  if (status === 'running') return campaign.status === 'running' ? undefined : beginRun(store, campaign);
  if (status === 'paused') return campaign.execution ? pauseRun(store, campaign) : store.setStatus(campaign, status);
  if (status === 'cancelled') return cancelRun(store, campaign);
  if (status === 'completed' || status === 'failed') return finishRun(store, campaign, status);
  if (status === 'scheduled') campaign.scheduled_at ??= new Date(store.clock.now().getTime() + 3_600_000).toISOString();
  campaign.runningSince = null;
  store.setStatus(campaign, status);
}

/** Clock tick: due scheduled campaigns start, running executions fill up and complete after their duration. */
export function advanceKonigle(store: KonigleStore): void {
  const now = store.clock.now().getTime();
  for (const campaign of store.campaigns.values()) {
    if (campaign.status === 'scheduled' && campaign.scheduled_at !== null && Date.parse(campaign.scheduled_at) <= now) {
      beginRun(store, campaign);
    }
    if (campaign.status !== 'running' || campaign.runningSince === null) continue;
    if (progressOf(store, campaign) >= 1) finishRun(store, campaign, 'completed');
    else {
      fill(store, campaign);
      campaign.updated_at = store.nowIso();
    }
  }
}

function progressOf(store: KonigleStore, campaign: KonigleCampaign): number {
  if (campaign.runningSince === null) return campaign.progressBefore;
  const elapsed = store.clock.now().getTime() - campaign.runningSince;
  return Math.min(1, campaign.progressBefore + elapsed / durationMs(campaign));
}

/** Brings the counters up to the progress made so far; failures, bounces and opens are fixed shares (deterministic). */
export function fill(store: KonigleStore, campaign: KonigleCampaign): void {
  const progress = progressOf(store, campaign);
  campaign.progressBefore = progress;
  if (campaign.runningSince !== null) campaign.runningSince = store.clock.now().getTime();
  const execution = campaign.execution;
  if (!execution) return;
  const processed = Math.floor(execution.total_contacts * progress);
  const failed = Math.floor(processed / 100);
  const sent = processed - failed;
  const bounced = Math.floor((sent * 2) / 100);
  const delivered = sent - bounced;
  Object.assign(execution, {
    total_sent: sent,
    total_failed: failed,
    total_bounced: bounced,
    total_complained: Math.floor(sent / 500),
    total_delivered: delivered,
    total_opened: Math.floor((delivered * 35) / 100),
    total_clicked: Math.floor((delivered * 8) / 100),
    last_run_at: store.nowIso(),
  });
}

function durationMs(campaign: KonigleCampaign): number {
  return campaign.execution_duration_minutes === null ? FAST_SEND_MS : campaign.execution_duration_minutes * 60_000;
}
