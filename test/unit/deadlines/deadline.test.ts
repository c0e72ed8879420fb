import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/errors.js';
import { assessLateness, deadline, isLate } from '../../../src/deadlines/deadline.js';
import { stepsOf } from '../../../src/report/steps/render.js';

// Weekdays are checked against the platform's own calendar (an independent computation).
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

describe('deadline: months under Regulation 1182/71, Art. 3(2)(c) and 3(4)', () => {
  it('a month from 31 January ends on the last day of February (2025: Friday 28 February)', () => {
    expect(weekday('2025-02-28')).toBe(5);
    const d = deadline({ timeLimit: 'GDPR 12(3)', from: '2025-01-31' });
    expect(d.lastDay).toBe('2025-02-28');
    expect(d.endsAt).toBeNull();
    expect(d.steps.map((s) => s.citation?.provision)).toContain('Art. 3(2)(c)');
  });

  it('in a leap year a month from 31 January ends on 29 February (2024, a Thursday)', () => {
    expect(weekday('2024-02-29')).toBe(4);
    expect(deadline({ timeLimit: 'GDPR 12(3)', from: '2024-01-31' }).lastDay).toBe('2024-02-29');
  });

  it('a last day on a Saturday moves to the following Monday (31 January 2026 → 28 February, a Saturday → 2 March)', () => {
    expect(weekday('2026-02-28')).toBe(6);
    const d = deadline({ timeLimit: 'GDPR 12(3)', from: '2026-01-31' });
    expect(d.lastDay).toBe('2026-03-02');
    expect(stepsOf(d.steps).find((s) => s.label === 'Last day moved')?.citation?.provision).toBe('Art. 3(4)');
  });

  it('public holidays given as a calendar move the end too (25 and 26 December, then a weekend)', () => {
    expect(weekday('2025-12-25')).toBe(4);
    const without = deadline({ timeLimit: 'GDPR 12(3)', from: '2025-11-25' });
    expect(without.lastDay).toBe('2025-12-25');
    const withHolidays = deadline({
      timeLimit: 'GDPR 12(3)',
      from: '2025-11-25',
      holidays: ['2025-12-25', '2025-12-26'],
    });
    expect(withHolidays.lastDay).toBe('2025-12-29');
  });

  it('the extended period is three months from receipt; 30 November + 3 months = 28 February', () => {
    expect(deadline({ timeLimit: 'GDPR 12(3) extended', from: '2024-11-30' }).lastDay).toBe('2025-02-28');
    expect(deadline({ timeLimit: 'GDPR 12(3) extended', from: '2023-11-29' }).lastDay).toBe('2024-02-29');
  });

  it('a year from 29 February ends on 28 February', () => {
    expect(deadline({ period: { length: 1, unit: 'years' }, from: '2024-02-29' }).lastDay).toBe('2025-02-28');
  });
});

describe('deadline: hours (GDPR Art. 33(1), NIS2 Art. 23(4))', () => {
  it('72 hours start at the beginning of the hour after the event (Art. 3(1)) and are not extended over a weekend', () => {
    const d = deadline({ timeLimit: 'GDPR 33(1)', from: '2026-03-02T10:25+01:00' });
    expect(d.endsAt).toBe('2026-03-05T11:00+01:00');
    // Friday 17:10 UTC: the period runs through the weekend and ends on Monday at 18:00.
    expect(weekday('2026-03-06')).toBe(5);
    const friday = deadline({ timeLimit: 'GDPR 33(1)', from: '2026-03-06T17:10Z' });
    expect(friday.endsAt).toBe('2026-03-09T18:00Z');
    expect(friday.lastDay).toBe('2026-03-09');
  });

  it('24 hours of a NIS2 early warning cross midnight', () => {
    expect(deadline({ timeLimit: 'NIS2 23(4)(a)', from: '2026-12-31T23:59+02:00' }).endsAt).toBe(
      '2027-01-02T00:00+02:00',
    );
  });

  it('assessLateness compares moments across offsets', () => {
    const base = { timeLimit: 'GDPR 33(1)', from: '2026-03-02T10:25+01:00' };
    expect(assessLateness({ ...base, done: '2026-03-05T10:59+01:00' }).late).toBe(false);
    expect(assessLateness({ ...base, done: '2026-03-05T11:00+01:00' }).late).toBe(false);
    expect(assessLateness({ ...base, done: '2026-03-05T11:01+01:00' }).late).toBe(true);
    // 10:30 UTC is 11:30 in Paris.
    expect(assessLateness({ ...base, done: '2026-03-05T10:30Z' }).late).toBe(true);
  });

  it('isLate is the boolean alone; assessLateness carries the deadline and its steps', () => {
    const base = { timeLimit: 'GDPR 33(1)', from: '2026-03-02T10:25+01:00' };
    // 72 hours from the next whole hour, 11:00 on 2 March (Regulation 1182/71 Art. 3(1)).
    expect(isLate({ ...base, done: '2026-03-05T11:00+01:00' })).toBe(false);
    expect(isLate({ ...base, done: '2026-03-05T11:01+01:00' })).toBe(true);
    const assessed = assessLateness({ ...base, done: '2026-03-05T11:01+01:00' });
    expect(assessed.endsAt).toBe('2026-03-05T11:00+01:00');
    expect(stepsOf(assessed.steps).at(-1)?.label).toBe('Late');
    expect(() => isLate({ ...base, done: '2026-03-01T09:00+01:00' })).toThrow(/isLate arguments/);
  });

  it('a period in hours needs a moment, not a date', () => {
    expect(() => deadline({ timeLimit: 'GDPR 33(1)', from: '2026-03-02' })).toThrow(/date-time with offset/);
    expect(() =>
      assessLateness({ timeLimit: 'GDPR 33(1)', from: '2026-03-02T10:00Z', done: '2026-03-04' }),
    ).toThrow(ValidationError);
  });
});

describe('deadline: days and working days', () => {
  it('45 working days of DMA Art. 3(4) from 3 July 2023 end on 4 September 2023 (counted by hand: 20 in July, 23 in August, 1 and 4 September)', () => {
    expect(deadline({ timeLimit: 'DMA 3(4)', from: '2023-07-03' }).lastDay).toBe('2023-09-04');
    expect(deadline({ timeLimit: 'DMA 3(4)', from: '2023-07-03', holidays: ['2023-08-15'] }).lastDay).toBe(
      '2023-09-05',
    );
  });

  it('a period of two days or more includes two working days (Art. 3(5)): 2 days from a Friday end on Tuesday', () => {
    expect(weekday('2026-03-06')).toBe(5);
    const d = deadline({ period: { length: 2, unit: 'days' }, from: '2026-03-06' });
    expect(d.lastDay).toBe('2026-03-10');
    expect(d.steps.map((s) => s.citation?.provision)).toEqual(
      expect.arrayContaining(['Art. 3(4)', 'Art. 3(5)']),
    );
  });

  it('DSA Art. 33(6): a designation notified on 25 April 2023 applies four months later, on 25 August 2023', () => {
    // The Commission designated the first 19 services on 25 April 2023; their obligations applied from 25 August 2023.
    expect(deadline({ timeLimit: 'DSA 33(6)', from: '2023-04-25' }).lastDay).toBe('2023-08-25');
  });

  it('DMA Art. 3(10): services listed on 6 September 2023 had until 6 March 2024 (the Commission: compliance from 7 March 2024)', () => {
    expect(deadline({ timeLimit: 'DMA 3(10)', from: '2023-09-06' }).lastDay).toBe('2024-03-06');
  });

  it('assessLateness on a date period: done on the last day is in time, the day after is late', () => {
    expect(assessLateness({ timeLimit: 'GDPR 12(3)', from: '2026-01-31', done: '2026-03-02' }).late).toBe(
      false,
    );
    expect(assessLateness({ timeLimit: 'GDPR 12(3)', from: '2026-01-31', done: '2026-03-03' }).late).toBe(
      true,
    );
    expect(
      assessLateness({ timeLimit: 'GDPR 12(3)', from: '2026-01-31', done: '2026-03-02T23:30+01:00' }).late,
    ).toBe(false);
  });
});

describe('deadline: bad input', () => {
  it('names the field and the problem', () => {
    expect(() => deadline({ timeLimit: 'GDPR 99', from: '2026-01-01' })).toThrow(
      /timeLimit: unknown time limit/,
    );
    expect(() => deadline({ from: '2026-01-01' })).toThrow(/either timeLimit .* or period/);
    expect(() => deadline({ timeLimit: 'GDPR 12(3)', from: '2026-02-30' })).toThrow(/from: .*neither a date/);
    expect(() => deadline({ timeLimit: 'GDPR 33(1)', from: '2026-01-01T24:00Z' })).toThrow(ValidationError);
    expect(() => deadline({ period: { length: 0, unit: 'days' }, from: '2026-01-01' })).toThrow(
      /period.length/,
    );
    expect(() => assessLateness({ timeLimit: 'GDPR 12(3)', from: '2026-01-31', done: '2026-01-01' })).toThrow(
      /before the event/,
    );
  });
});
