import { runRedashQuery, type QueryRow } from './borrowers.js';
import { crontabMatchesDay, parsePeachyCrontab } from './crontab.js';
import { contactRows } from './files.js';
import {
  isInProgress,
  PEACH_RUN_FILES,
  peachTime,
  type PeachCampaignRecord,
  type PeachRunFile,
  type PeachRunRecord,
  type PeachRunStatus,
  type PeachRunTrigger,
} from './state.js';
import type { PeachStore } from './store.js';

/** How long a run stays in each in-progress status, in clock milliseconds. */
export interface PeachTimings {
  pendingMs: number;
  runningMs: number;
}

/** A run waits 5 s in `pending`, then runs its query and export for 60 s. */
export const DEFAULT_PEACH_TIMINGS: PeachTimings = { pendingMs: 5_000, runningMs: 60_000 };

/** The time of day (UTC) the simulator picks for the `P P` minute and hour of a schedule. */
export const PEACH_DECIDES_UTC = { hour: 6, minute: 0 } as const;

const DAY_MS = 86_400_000;
const FILE_ID_FIELDS: Record<
  PeachRunFile,
  'queryResultsFileId' | 'campaignInputFileId' | 'contactsOutputFileId' | 'logFileId'
> = {
  'query_results.csv': 'queryResultsFileId',
  'campaign_input.csv': 'campaignInputFileId',
  'contacts_output.csv': 'contactsOutputFileId',
  'log.txt': 'logFileId',
};

/** Starts runs (by request or schedule) and moves them pending -> running -> succeeded | failed as the clock advances. */
export class PeachLifecycle {
  private lastTick: number;

  constructor(
    private readonly store: PeachStore,
    private readonly timings: PeachTimings,
    private readonly failureRate: number,
    private readonly random: () => number,
  ) {
    this.lastTick = store.clock.now().getTime();
  }

  /** Creates a `pending` run; whether it will fail is drawn now from the failure rate. */
  startRun(
    campaign: PeachCampaignRecord,
    trigger: PeachRunTrigger,
    override: QueryRow[] | undefined,
    at: Date = this.store.clock.now(),
  ): PeachRunRecord {
    const willFail = this.failureRate > 0 && this.random() < this.failureRate;
    return this.store.insertRun(campaign, at, trigger, override, willFail);
  }

  /** Moves a run to a status and publishes the files that status implies (clock, `PUT …/runs/{id}` and controls). */
  transition(run: PeachRunRecord, status: PeachRunStatus, at: Date): void {
    if (status !== 'pending') this.execute(run, at);
    if (status === 'running') this.publish(run, ['query_results.csv']);
    if (status === 'failed') {
      run.log.push(`${peachTime(at)} ERROR run failed: ${run.queryError ?? 'contact export worker failed'}`);
      this.publish(run, ['query_results.csv']);
    }
    if (status === 'succeeded') {
      this.summarise(run, at);
      this.publish(run, [...PEACH_RUN_FILES]);
    }
    this.store.setRunStatus(run, status, at);
  }

  /** The clock listener: fires due schedules day by day, then catches every run up to `now`. */
  tick(now: Date): void {
    const to = now.getTime();
    for (const slot of scheduleSlots(this.lastTick, to)) {
      this.progress(slot);
      this.fireSchedules(slot);
    }
    this.progress(now);
    this.lastTick = Math.max(this.lastTick, to);
  }

  private progress(at: Date): void {
    for (const run of this.store.allRuns()) {
      for (;;) {
        const since = run.statusSince.getTime();
        if (run.status === 'pending' && since + this.timings.pendingMs <= at.getTime()) {
          this.transition(run, 'running', new Date(since + this.timings.pendingMs));
        } else if (run.status === 'running' && since + this.timings.runningMs <= at.getTime()) {
          const outcome = run.queryError !== undefined || run.willFail ? 'failed' : 'succeeded';
          this.transition(run, outcome, new Date(since + this.timings.runningMs));
        } else break;
      }
    }
  }

  private fireSchedules(slot: Date): void {
    for (const campaign of this.store.campaigns.values()) {
      if (campaign.deletedAt !== null || campaign.schedule === null || campaign.createdAt > slot) continue;
      const tab = parsePeachyCrontab(campaign.schedule);
      if ('error' in tab || !crontabMatchesDay(tab, slot)) continue;
      if (this.store.runsOf(campaign.id).some(isInProgress)) continue;
      this.startRun(campaign, 'schedule', undefined, slot);
    }
  }

  private execute(run: PeachRunRecord, at: Date): void {
    if (run.rows !== undefined || run.queryError !== undefined) return;
    if (run.override !== undefined) {
      run.rows = run.override;
      run.log.push(`${peachTime(at)} INFO using queryResultsOverride (${run.rows.length} rows)`);
      return;
    }
    const campaign = this.store.campaigns.get(run.borrowerCampaignId);
    const outcome = runRedashQuery(campaign?.redashQueryUrl ?? null, campaign?.redashApiKey ?? null);
    if ('error' in outcome) {
      run.queryError = outcome.error;
      run.log.push(`${peachTime(at)} ERROR ${outcome.error}`);
      return;
    }
    run.rows = outcome.rows;
    run.log.push(`${peachTime(at)} INFO executed ${campaign?.redashQueryUrl ?? ''} (${outcome.rows.length} rows)`);
  }

  private summarise(run: PeachRunRecord, at: Date): void {
    const rows = run.rows ?? [];
    const contacts = contactRows(rows).length;
    const stamp = peachTime(at);
    run.log.push(`${stamp} INFO wrote ${contacts} contacts (${rows.length - contacts} rows without a known borrower)`);
    const sftp = this.store.campaigns.get(run.borrowerCampaignId)?.sftpSettings;
    if (sftp)
      run.log.push(`${stamp} INFO uploaded contacts_output.csv and log.txt to sftp://${sftp.host}${sftp.cdDir ?? ''}`);
  }

  private publish(run: PeachRunRecord, files: PeachRunFile[]): void {
    run.availableFiles = files;
    for (const file of files) run[FILE_ID_FIELDS[file]] ??= this.store.nextId('FI');
  }
}

/** The `P P` firing times (PEACH_DECIDES_UTC on each UTC day) in (from, to]. */
function* scheduleSlots(from: number, to: number): Generator<Date> {
  const offset = (PEACH_DECIDES_UTC.hour * 60 + PEACH_DECIDES_UTC.minute) * 60_000;
  for (let day = Math.floor(from / DAY_MS) * DAY_MS; day + offset <= to; day += DAY_MS) {
    if (day + offset > from) yield new Date(day + offset);
  }
}
