/** A crontab day field: the values it allows, and whether it started with `*` (crontab(5)'s day-matching rule). */
interface CronField {
  values: ReadonlySet<number>;
  star: boolean;
}

/** A parsed Peachy crontab: minute and hour are always `P`, so only the day fields carry information. */
export interface PeachyCrontab {
  source: string;
  dayOfMonth: CronField;
  month: CronField;
  dayOfWeek: CronField;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const PART = /^(\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:\/(\d+))?$/i;

function valueOf(token: string, min: number, names?: readonly string[]): number {
  const named = names?.indexOf(token.toLowerCase()) ?? -1;
  if (named >= 0) return named + min;
  return /^\d+$/.test(token) ? Number(token) : Number.NaN;
}

function parseField(text: string, min: number, max: number, names?: readonly string[]): CronField | string {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const match = PART.exec(part);
    if (!match) return `"${text}" is not a crontab field`;
    const [, range = '', stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    const [fromText = '', toText] = range.split('-');
    const from = range === '*' ? min : valueOf(fromText, min, names);
    const to = range === '*' ? max : toText !== undefined ? valueOf(toText, min, names) : stepText ? max : from;
    if (!(from >= min && to <= max && from <= to && step >= 1)) return `"${text}" is out of range ${min}-${max}`;
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return { values, star: text.startsWith('*') };
}

/** Parses a Peachy crontab ("P P <day-of-month> <month> <day-of-week>"), or explains why it is not one. */
export function parsePeachyCrontab(source: string): PeachyCrontab | { error: string } {
  const fields = source.trim().split(/\s+/);
  if (fields.length !== 5) return { error: 'schedule must have five crontab fields' };
  const [minute, hour, dayOfMonthText = '', monthText = '', dayOfWeekText = ''] = fields;
  if (minute !== 'P' || hour !== 'P') return { error: "schedule minute and hour fields must be 'P'" };
  if ([dayOfMonthText, monthText, dayOfWeekText].some((field) => field.toUpperCase().includes('P'))) {
    return { error: "schedule day-of-month, month and day-of-week fields must not be 'P'" };
  }
  const dayOfMonth = parseField(dayOfMonthText, 1, 31);
  const month = parseField(monthText, 1, 12, MONTH_NAMES);
  const dayOfWeek = parseField(dayOfWeekText, 0, 7, DAY_NAMES);
  if (typeof dayOfMonth === 'string') return { error: `schedule day-of-month: ${dayOfMonth}` };
  if (typeof month === 'string') return { error: `schedule month: ${month}` };
  if (typeof dayOfWeek === 'string') return { error: `schedule day-of-week: ${dayOfWeek}` };
  return { source, dayOfMonth, month, dayOfWeek };
}

/** True when the crontab's day fields select this UTC calendar day (day-of-month OR day-of-week unless one is `*`). */
export function crontabMatchesDay(tab: PeachyCrontab, day: Date): boolean {
  if (!tab.month.values.has(day.getUTCMonth() + 1)) return false;
  const weekday = day.getUTCDay();
  const domMatches = tab.dayOfMonth.values.has(day.getUTCDate());
  const dowMatches = tab.dayOfWeek.values.has(weekday) || (weekday === 0 && tab.dayOfWeek.values.has(7));
  if (tab.dayOfMonth.star || tab.dayOfWeek.star) return domMatches && dowMatches;
  return domMatches || dowMatches;
}
