/** One borrower of the lender's replica data that the simulated Redash queries read. */
export interface Borrower {
  id: number;
  loanId: number;
  firstName: string;
  lastName: string;
  phoneNumber: string;
  email: string;
  timezone: string;
  daysPastDue: number;
  /** Days until the next payment is due. */
  dueInDays: number;
  autopayEnabled: boolean;
  cardExpiresThisMonth: boolean;
}

const FIRST_NAMES = ['Ava', 'Ben', 'Chloe', 'Diego', 'Emma', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lena'];
const LAST_NAMES = ['Nguyen', 'Okafor', 'Patel', 'Quinn', 'Rossi', 'Silva', 'Tanaka', 'Usman', 'Weber'];
const TIMEZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];

/** How many borrowers the data set holds (ids 1..BORROWER_COUNT, loan ids 101..). */
export const BORROWER_COUNT = 24;

/** The deterministic borrower data set: same values on every start. */
export const BORROWERS: readonly Borrower[] = Array.from({ length: BORROWER_COUNT }, (_, index) => {
  const id = index + 1;
  const firstName = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Ava';
  const lastName = LAST_NAMES[(index * 5) % LAST_NAMES.length] ?? 'Nguyen';
  return {
    id,
    loanId: 100 + id,
    firstName,
    lastName,
    phoneNumber: `+1555010${String(id).padStart(4, '0')}`,
    email: `${firstName}.${lastName}${id}@example.com`.toLowerCase(),
    timezone: TIMEZONES[id % TIMEZONES.length] ?? 'America/New_York',
    daysPastDue: (id * 7) % 45,
    dueInDays: (id * 5) % 9,
    autopayEnabled: id % 3 !== 0,
    cardExpiresThisMonth: id % 5 === 0,
  };
});

/** A saved Redash query of the simulated lender: its id (from `/queries/{id}`), title and filter. */
export interface RedashQuery {
  id: number;
  title: string;
  where: (borrower: Borrower) => boolean;
}

/** The Redash queries the simulator knows; any other query id answers Redash's 404. */
export const REDASH_QUERIES: readonly RedashQuery[] = [
  { id: 101, title: 'Borrowers 30+ days past due', where: (b) => b.daysPastDue >= 30 },
  { id: 102, title: 'Payment due within 3 days', where: (b) => b.daysPastDue === 0 || b.dueInDays <= 3 },
  { id: 103, title: 'Autopay not enabled', where: (b) => !b.autopayEnabled },
  { id: 104, title: 'Card expires this month', where: (b) => b.cardExpiresThisMonth },
];

/** The Redash host the demo campaigns point at. */
export const DEMO_REDASH_HOST = 'https://redash.acme-lending.example';

/** A row of query results or of a `queryResultsOverride`. */
export type QueryRow = Record<string, string | number | boolean | null>;

/** What running a campaign's query gave: rows, or the reason it could not run. */
export type QueryOutcome = { rows: QueryRow[] } | { error: string };

/** Runs a campaign's Redash query against the borrower data set; rows carry the required `id` column plus `loanId`. */
export function runRedashQuery(redashQueryUrl: string | null, redashApiKey: string | null): QueryOutcome {
  if (redashQueryUrl === null) return { error: 'redashQueryUrl is not set and no queryResultsOverride was given' };
  if (redashApiKey === null || redashApiKey === '') return { error: 'Redash answered 403: redashApiKey is not set' };
  const queryId = Number(/\/queries\/(\d+)/.exec(redashQueryUrl)?.[1]);
  const query = REDASH_QUERIES.find((candidate) => candidate.id === queryId);
  if (!query) return { error: `Redash answered 404: query ${queryId} not found` };
  return { rows: BORROWERS.filter(query.where).map((b) => ({ id: b.id, loanId: b.loanId })) };
}

/** The borrower a query row is about: `borrowerId` in overrides, `id` in Redash results. */
export function borrowerOfRow(row: QueryRow): Borrower | undefined {
  const id = Number(row['borrowerId'] ?? row['id']);
  return BORROWERS.find((borrower) => borrower.id === id);
}
