import { describe, expect, it } from 'vitest';
import { describePeachyCronIssue, parsePeachyCron } from '../../src/domain/peachy-cron.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const days = (dates: Date[]) => dates.map((date) => date.toISOString().slice(0, 10));

describe('Peachy crontab', () => {
  it.each([
    ['P P * * *', 'daily'],
    ['P P * * 1', 'Mondays'],
    ['P P * * 1-5', 'weekdays'],
    ['P P 1,15 * *', 'the 1st and 15th'],
    ['P P */10 * *', 'every tenth day'],
    ['P P 1 jan,JUL *', 'month names'],
    ['P P * * sun', 'day names'],
    ['P P * * 7', 'Sunday written as 7'],
    ['P P 29 2 *', 'February 29th (leap years)'],
  ])('accepts "%s" (%s)', (text) => {
    expect(parsePeachyCron(text).ok).toBe(true);
  });

  it.each([
    ['', 'expression', 'is empty; write five fields, e.g. "P P * * *"'],
    ['P P * *', 'expression', 'must have five fields (minute hour day-of-month month day-of-week), found 4'],
    ['P P * * * *', 'expression', 'must have five fields (minute hour day-of-month month day-of-week), found 6'],
    ['0 P * * *', 'minute', "must be 'P' (Peach decides the time of day), found '0'"],
    ['P 9 * * *', 'hour', "must be 'P' (Peach decides the time of day), found '9'"],
    ['P P P * *', 'dayOfMonth', "must not be 'P': only minute and hour are decided by Peach"],
    ['P P * P *', 'month', "must not be 'P': only minute and hour are decided by Peach"],
    ['P P * * 1,P', 'dayOfWeek', "must not be 'P': only minute and hour are decided by Peach"],
    ['P P 32 * *', 'dayOfMonth', "'32' is outside 1-31"],
    ['P P 0 * *', 'dayOfMonth', "'0' is outside 1-31"],
    ['P P * 13 *', 'month', "'13' is outside 1-12"],
    ['P P * * 8', 'dayOfWeek', "'8' is outside 0-7"],
    ['P P 20-10 * *', 'dayOfMonth', "range '20-10' runs backwards"],
    ['P P */0 * *', 'dayOfMonth', "step in '*/0' must be at least 1"],
    ['P P * foo *', 'month', "'foo' is not a crontab value"],
    ['P P 1,,2 * *', 'dayOfMonth', "'1,,2' is not a crontab value (use *, numbers, ranges a-b, steps /n, lists a,b)"],
    ['P P ? * *', 'dayOfMonth', "'?' is not a crontab value (use *, numbers, ranges a-b, steps /n, lists a,b)"],
    ['P P 31 2 *', 'dayOfMonth', 'never falls in the chosen months (no such calendar day)'],
  ])('refuses "%s" naming %s', (text, field, message) => {
    expect(parsePeachyCron(text)).toEqual({ ok: false, issue: { field, message } });
  });

  it('describes an issue with the crontab name of its field', () => {
    const parsed = parsePeachyCron('P P * * 9');
    if (parsed.ok) throw new Error('expected an issue');
    expect(describePeachyCronIssue(parsed.issue)).toBe("day-of-week '9' is outside 0-7");
  });

  it('computes the next run days from a date, today included', () => {
    const next = (text: string, count: number, from: string) => {
      const parsed = parsePeachyCron(text);
      if (!parsed.ok) throw new Error(parsed.issue.message);
      return days(parsed.cron.nextRuns(count, day(from)));
    };
    expect(next('P P * * *', 3, '2026-01-01')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(next('P P * * 1', 2, '2026-01-01')).toEqual(['2026-01-05', '2026-01-12']);
    expect(next('P P * * 1-5', 3, '2026-01-02')).toEqual(['2026-01-02', '2026-01-05', '2026-01-06']);
    expect(next('P P 1,15 * *', 3, '2026-01-02')).toEqual(['2026-01-15', '2026-02-01', '2026-02-15']);
    expect(next('P P 29 2 *', 2, '2026-01-01')).toEqual(['2028-02-29', '2032-02-29']);
    // crontab(5): with both day fields restricted, either one matching runs.
    expect(next('P P 13 * 5', 3, '2026-02-01')).toEqual(['2026-02-06', '2026-02-13', '2026-02-20']);
  });
});
