/**
 * Peachy crontab: crontab(5)'s five fields plus the value `P` ("Peach decides"). Minute and hour must
 * be `P` (Peach picks the time of day); day-of-month, month and day-of-week must be ordinary crontab
 * values, never `P`.
 */

/** The five fields, in crontab order. */
export const PEACHY_CRON_FIELDS = ['minute', 'hour', 'dayOfMonth', 'month', 'dayOfWeek'] as const;
export type PeachyCronField = (typeof PEACHY_CRON_FIELDS)[number];

/** Why a text is not a Peachy crontab, naming the field at fault (`expression` for the whole text). */
export interface PeachyCronIssue {
  field: PeachyCronField | 'expression';
  message: string;
}

/** One parsed day field: the values it allows, and whether it began with `*` (crontab(5)'s day rule). */
interface DayField {
  values: ReadonlySet<number>;
  star: boolean;
}

interface FieldSpec {
  label: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const SPECS: Record<'dayOfMonth' | 'month' | 'dayOfWeek', FieldSpec> = {
  dayOfMonth: { label: 'day-of-month', min: 1, max: 31 },
  month: {
    label: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  },
  dayOfWeek: { label: 'day-of-week', min: 0, max: 7, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
};

const DAY_MS = 86_400_000;
/** Longest day-of-month each month can have (February in leap years). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A schedule that only matches February 29th can wait up to eight years (1896 -> 1904, 2096 -> 2104). */
const MAX_SEARCH_DAYS = 366 * 9;

/** A valid Peachy crontab; it selects calendar days (UTC) and leaves the time of day to Peach. */
export class PeachyCron {
  constructor(
    readonly source: string,
    private readonly dayOfMonth: DayField,
    private readonly month: DayField,
    private readonly dayOfWeek: DayField,
  ) {}

  /** True when the schedule runs on this UTC calendar day. */
  matchesDay(day: Date): boolean {
    if (!this.month.values.has(day.getUTCMonth() + 1)) return false;
    const weekday = day.getUTCDay();
    const domMatches = this.dayOfMonth.values.has(day.getUTCDate());
    const dowMatches = this.dayOfWeek.values.has(weekday) || (weekday === 0 && this.dayOfWeek.values.has(7));
    // crontab(5): when both day fields are restricted, a day matching either one runs.
    if (this.dayOfMonth.star || this.dayOfWeek.star) return domMatches && dowMatches;
    return domMatches || dowMatches;
  }

  /** The next `count` days (00:00 UTC) it runs on, from the UTC day of `from` on; Peach picks the hour. */
  nextRuns(count: number, from: Date = new Date()): Date[] {
    const days: Date[] = [];
    const start = Math.floor(from.getTime() / DAY_MS) * DAY_MS;
    for (let offset = 0; days.length < count && offset < MAX_SEARCH_DAYS * Math.max(1, count); offset += 1) {
      const day = new Date(start + offset * DAY_MS);
      if (this.matchesDay(day)) days.push(day);
    }
    return days;
  }
}

/** Parses and validates a Peachy crontab, or names the field that is wrong and why. */
export function parsePeachyCron(text: string): { ok: true; cron: PeachyCron } | { ok: false; issue: PeachyCronIssue } {
  const fail = (field: PeachyCronIssue['field'], message: string) => ({
    ok: false as const,
    issue: { field, message },
  });
  const source = text.trim();
  if (source === '') return fail('expression', 'is empty; write five fields, e.g. "P P * * *"');
  const fields = source.split(/\s+/);
  if (fields.length !== 5) {
    return fail(
      'expression',
      `must have five fields (minute hour day-of-month month day-of-week), found ${fields.length}`,
    );
  }
  const [minute = '', hour = ''] = fields;
  if (minute !== 'P') return fail('minute', `must be 'P' (Peach decides the time of day), found '${minute}'`);
  if (hour !== 'P') return fail('hour', `must be 'P' (Peach decides the time of day), found '${hour}'`);
  const parsed: Partial<Record<keyof typeof SPECS, DayField>> = {};
  for (const [index, name] of (['dayOfMonth', 'month', 'dayOfWeek'] as const).entries()) {
    const value = fields[index + 2] ?? '';
    const spec = SPECS[name];
    if (value.split(/[,/-]/).some((token) => token.toUpperCase() === 'P'))
      return fail(name, `must not be 'P': only minute and hour are decided by Peach`);
    const field = parseField(value, spec);
    if (typeof field === 'string') return fail(name, field);
    parsed[name] = field;
  }
  const { dayOfMonth, month, dayOfWeek } = parsed as Record<keyof typeof SPECS, DayField>;
  if (dayOfWeek.star && !hasCalendarDay(dayOfMonth, month)) {
    return fail('dayOfMonth', 'never falls in the chosen months (no such calendar day)');
  }
  return { ok: true, cron: new PeachyCron(source, dayOfMonth, month, dayOfWeek) };
}

/** The issue as one line, e.g. `hour: must be 'P' ...`. */
export function describePeachyCronIssue(issue: PeachyCronIssue): string {
  const label =
    issue.field === 'expression' ? 'schedule' : (SPECS[issue.field as keyof typeof SPECS]?.label ?? issue.field);
  return `${label} ${issue.message}`;
}

const PART = /^(\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:\/(\d+))?$/i;

function parseField(text: string, spec: FieldSpec): DayField | string {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const match = PART.exec(part);
    if (!match) return `'${part || text}' is not a crontab value (use *, numbers, ranges a-b, steps /n, lists a,b)`;
    const [, range = '', stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) return `step in '${part}' must be at least 1`;
    const [fromText = '', toText] = range.split('-');
    const from = range === '*' ? spec.min : valueOf(fromText, spec);
    const to = range === '*' ? spec.max : toText !== undefined ? valueOf(toText, spec) : stepText ? spec.max : from;
    if (Number.isNaN(from) || Number.isNaN(to)) return `'${part}' is not a crontab value`;
    if (from < spec.min || to > spec.max) return `'${part}' is outside ${spec.min}-${spec.max}`;
    if (from > to) return `range '${part}' runs backwards`;
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return { values, star: text.startsWith('*') };
}

function valueOf(token: string, spec: FieldSpec): number {
  const named = spec.names?.indexOf(token.toLowerCase()) ?? -1;
  if (named >= 0) return named + spec.min;
  return /^\d+$/.test(token) ? Number(token) : Number.NaN;
}

function hasCalendarDay(dayOfMonth: DayField, month: DayField): boolean {
  return [...month.values].some((m) => [...dayOfMonth.values].some((d) => d <= (MONTH_DAYS[m - 1] ?? 0)));
}
