import { DEMO_REDASH_HOST, type QueryRow } from './borrowers.js';
import { PEACH_DECIDES_UTC, type PeachLifecycle } from './lifecycle.js';
import type { PeachRunStatus, PeachRunTrigger, PeachSftpSettings } from './state.js';
import type { PeachStore } from './store.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

interface DemoRun {
  id: string;
  daysAgo: number;
  outcome: Exclude<PeachRunStatus, 'pending'>;
  trigger: PeachRunTrigger;
  override?: QueryRow[];
}

interface DemoCampaign {
  id: string;
  externalId: string;
  queryId: number | null;
  schedule: string | null;
  contactExporterId: string | null;
  bulkSenderId: string | null;
  sftp: boolean;
  createdDaysAgo: number;
  deletedDaysAgo?: number;
  runs: DemoRun[];
}

const DEMO_SFTP: PeachSftpSettings = {
  host: 'sftp.acme-lending.example:22',
  username: 'peach-export',
  password: 'demo-sftp-password',
  cdDir: '/outbound/dialer',
};

const scheduled = (id: string, daysAgo: number, outcome: DemoRun['outcome']): DemoRun => ({
  id,
  daysAgo,
  outcome,
  trigger: 'schedule',
});

/** The named demo campaigns; ids are fixed so other tests can refer to them. */
export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  {
    id: 'BC-DEMO-0001',
    externalId: 'collections-30dpd-daily',
    queryId: 101,
    schedule: 'P P * * *',
    contactExporterId: 'CE-DIAL-0001',
    bulkSenderId: null,
    sftp: true,
    createdDaysAgo: 90,
    runs: [
      scheduled('CR-DEMO-0101', 3, 'failed'),
      scheduled('CR-DEMO-0102', 2, 'succeeded'),
      scheduled('CR-DEMO-0103', 1, 'succeeded'),
    ],
  },
  {
    id: 'BC-DEMO-0002',
    externalId: 'payment-due-reminder-weekdays',
    queryId: 102,
    schedule: 'P P * * 1-5',
    contactExporterId: null,
    bulkSenderId: 'BS-PDDR-0001',
    sftp: false,
    createdDaysAgo: 60,
    runs: [scheduled('CR-DEMO-0201', 2, 'succeeded'), scheduled('CR-DEMO-0202', 1, 'succeeded')],
  },
  {
    id: 'BC-DEMO-0003',
    externalId: 'autopay-enable-monthly',
    queryId: 103,
    schedule: 'P P 1 * *',
    contactExporterId: null,
    bulkSenderId: 'BS-AUTO-0001',
    sftp: false,
    createdDaysAgo: 45,
    runs: [scheduled('CR-DEMO-0301', 31, 'succeeded')],
  },
  {
    id: 'BC-DEMO-0004',
    externalId: 'card-expiry-manual',
    queryId: 104,
    schedule: null,
    contactExporterId: null,
    bulkSenderId: 'BS-CARD-0001',
    sftp: false,
    createdDaysAgo: 30,
    runs: [
      { id: 'CR-DEMO-0401', daysAgo: 10, outcome: 'failed', trigger: 'manual' },
      { id: 'CR-DEMO-0402', daysAgo: 9, outcome: 'succeeded', trigger: 'manual' },
    ],
  },
  {
    id: 'BC-DEMO-0005',
    externalId: 'hardship-outreach-manual',
    queryId: null,
    schedule: null,
    contactExporterId: 'CE-DIAL-0001',
    bulkSenderId: null,
    sftp: true,
    createdDaysAgo: 20,
    runs: [
      {
        id: 'CR-DEMO-0501',
        daysAgo: 5,
        outcome: 'succeeded',
        trigger: 'manual',
        override: [
          { borrowerId: 1, loanId: 101 },
          { borrowerId: 2, loanId: 102 },
          { borrowerId: 3, loanId: 103 },
          { borrowerId: 999, loanId: 1999 },
        ],
      },
      {
        id: 'CR-DEMO-0502',
        daysAgo: 0,
        outcome: 'running',
        trigger: 'manual',
        override: [
          { borrowerId: 4, loanId: 104 },
          { borrowerId: 5, loanId: 105 },
        ],
      },
    ],
  },
  {
    id: 'BC-DEMO-0006',
    externalId: 'legacy-60dpd-weekly',
    queryId: 101,
    schedule: 'P P * * 1',
    contactExporterId: 'CE-DIAL-0001',
    bulkSenderId: null,
    sftp: false,
    createdDaysAgo: 120,
    deletedDaysAgo: 15,
    runs: [scheduled('CR-DEMO-0601', 19, 'succeeded')],
  },
  {
    id: 'BC-DEMO-0007',
    externalId: 'right-to-cure-notice',
    queryId: 101,
    schedule: 'P P 15 * *',
    contactExporterId: null,
    bulkSenderId: 'BS-RTCN-0001',
    sftp: false,
    createdDaysAgo: 5,
    runs: [],
  },
];

const GENERATED_SCHEDULES = [null, 'P P * * 1', null, 'P P 1,15 * *'];

/** Loads the demo campaigns and their past runs, then `extra` generated campaigns one minute apart, a year back. */
export function seedPeach(store: PeachStore, lifecycle: PeachLifecycle, extra: number): void {
  const epoch = store.clock.now().getTime();
  const slotOffset = (PEACH_DECIDES_UTC.hour * 60 + PEACH_DECIDES_UTC.minute) * MINUTE_MS;
  for (let index = 0; index < extra; index += 1) {
    const queryId = 101 + (index % 4);
    store.insertCampaign({
      createdAt: new Date(epoch - 365 * DAY_MS + index * MINUTE_MS),
      deletedAt: null,
      externalId: `generated-campaign-${String(index + 1).padStart(5, '0')}`,
      redashQueryUrl: `${DEMO_REDASH_HOST}/queries/${queryId}`,
      redashApiKey: `demo-redash-key-${String(index + 1).padStart(5, '0')}`,
      schedule: GENERATED_SCHEDULES[index % GENERATED_SCHEDULES.length] ?? null,
      contactExporterId: index % 2 === 0 ? 'CE-DIAL-0001' : null,
      bulkSenderId: index % 2 === 1 ? 'BS-PDDR-0001' : null,
      sftpSettings: null,
    });
  }
  for (const demo of DEMO_CAMPAIGNS) {
    const campaign = store.insertCampaign({
      id: demo.id,
      createdAt: new Date(epoch - demo.createdDaysAgo * DAY_MS),
      deletedAt: demo.deletedDaysAgo === undefined ? null : new Date(epoch - demo.deletedDaysAgo * DAY_MS),
      externalId: demo.externalId,
      redashQueryUrl: demo.queryId === null ? null : `${DEMO_REDASH_HOST}/queries/${demo.queryId}`,
      redashApiKey: demo.queryId === null ? null : `demo-redash-key-${demo.id.slice(-4)}`,
      schedule: demo.schedule,
      contactExporterId: demo.contactExporterId,
      bulkSenderId: demo.bulkSenderId,
      sftpSettings: demo.sftp ? { ...DEMO_SFTP } : null,
    });
    campaign.updatedAt = campaign.deletedAt ?? campaign.createdAt;
    for (const demoRun of demo.runs) {
      const startedAt =
        demoRun.daysAgo === 0
          ? epoch - 30_000
          : Math.floor(epoch / DAY_MS) * DAY_MS - demoRun.daysAgo * DAY_MS + slotOffset;
      const run = store.insertRun(campaign, new Date(startedAt), demoRun.trigger, demoRun.override, false, demoRun.id);
      lifecycle.transition(run, 'running', new Date(startedAt + 5_000));
      if (demoRun.outcome !== 'running') lifecycle.transition(run, demoRun.outcome, new Date(startedAt + 65_000));
    }
  }
}
