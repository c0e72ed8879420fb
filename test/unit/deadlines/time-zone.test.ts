import { describe, expect, it } from 'vitest';
import { assessLateness, deadline, ValidationError } from '../../../src/index.js';

// Periods in hours at a place named by its IANA time zone (issue 18). Regulation 1182/71
// (https://eur-lex.europa.eu/eli/reg/1971/1182/oj): Art. 3(1), the hour during which the event
// occurs is not counted; Art. 3(2)(a), a period in hours ends with the expiry of its last hour.
// Summer time (Directive 2000/84/EC, https://eur-lex.europa.eu/eli/dir/2000/84/oj, Arts 2 and 3)
// begins at 01:00 UTC on the last Sunday of March (30 March 2025) and ends at 01:00 UTC on the
// last Sunday of October (26 October 2025).
describe('deadlines in the local time of a place (timeZone)', () => {
  it('72 hours from Friday 28 March 2025 10:20 in Berlin end on Monday 31 March at 12:00 CEST', () => {
    // 11:00 CET is 10:00 UTC; 72 elapsed hours later is 10:00 UTC on 31 March, 12:00 CEST.
    const r = deadline({ timeLimit: 'GDPR 33(1)', from: '2025-03-28T10:20', timeZone: 'Europe/Berlin' });
    expect(r.endsAt).toBe('2025-03-31T12:00+02:00');
    expect(r.lastDay).toBe('2025-03-31');
    expect(r.timeZone).toBe('Europe/Berlin');
    expect(r.steps.find((s) => s.label === 'Period runs from')?.value).toBe('2025-03-28T11:00+01:00');
    expect(r.steps.find((s) => s.label === 'Time zone')?.rule).toMatch(/from UTC\+01:00 to UTC\+02:00/);
    // The same event given with its offset gives the same local end.
    expect(
      deadline({ timeLimit: 'GDPR 33(1)', from: '2025-03-28T10:20+01:00', timeZone: 'Europe/Berlin' }).endsAt,
    ).toBe('2025-03-31T12:00+02:00');
    // Without the zone the end is the same instant, written in the starting offset.
    expect(deadline({ timeLimit: 'GDPR 33(1)', from: '2025-03-28T10:20+01:00' }).endsAt).toBe(
      '2025-03-31T11:00+01:00',
    );
  });

  it('across the end of summer time: 72 hours from 24 October 2025 09:05 in Paris end at 09:00 CET', () => {
    // 10:00 CEST is 08:00 UTC; 72 hours later is 08:00 UTC on 27 October, 09:00 CET.
    const r = deadline({
      period: { length: 72, unit: 'hours' },
      from: '2025-10-24T09:05',
      timeZone: 'Europe/Paris',
    });
    expect(r.endsAt).toBe('2025-10-27T09:00+01:00');
  });

  it('assessLateness compares instants: 11:59 CEST on 31 March is in time, 12:01 is late', () => {
    const base = { timeLimit: 'GDPR 33(1)', from: '2025-03-28T10:20', timeZone: 'Europe/Berlin' };
    expect(assessLateness({ ...base, done: '2025-03-31T11:59' }).late).toBe(false);
    expect(assessLateness({ ...base, done: '2025-03-31T12:01' }).late).toBe(true);
    // 10:01 UTC is 12:01 CEST.
    expect(assessLateness({ ...base, done: '2025-03-31T10:01Z' }).late).toBe(true);
  });

  it('the day of the event is the local date of the place', () => {
    // 23:30 UTC on 31 January 2025 is 00:30 on 1 February in Berlin: one month (GDPR Art. 12(3))
    // from 1 February ends on Saturday 1 March, moved to Monday 3 March (Art. 3(4)).
    const r = deadline({ timeLimit: 'GDPR 12(3)', from: '2025-01-31T23:30Z', timeZone: 'Europe/Berlin' });
    expect(r.lastDay).toBe('2025-03-03');
    // In UTC the event is on 31 January: a month ends on 28 February, a Friday.
    expect(deadline({ timeLimit: 'GDPR 12(3)', from: '2025-01-31' }).lastDay).toBe('2025-02-28');
  });

  it('says which calendar was used: the holidays given, or none', () => {
    const none = deadline({ timeLimit: 'GDPR 12(3)', from: '2025-01-31' });
    expect(none.steps.find((s) => s.label === 'Public holidays')?.rule).toMatch(/^none given/);
    const given = deadline({ timeLimit: 'GDPR 12(3)', from: '2025-01-31', holidays: ['2025-02-28'] });
    // 28 February given as a holiday: the period ends with Monday 3 March.
    expect(given.lastDay).toBe('2025-03-03');
    expect(given.steps.find((s) => s.label === 'Public holidays')?.value).toBe(1);
  });

  it('refuses an unknown zone, and a local date-time without a zone', () => {
    expect(() =>
      deadline({ timeLimit: 'GDPR 33(1)', from: '2025-03-28T10:20', timeZone: 'Mars/Olympus' }),
    ).toThrow(/timeZone: is not an IANA time zone/);
    expect(() => deadline({ timeLimit: 'GDPR 33(1)', from: '2025-03-28T10:20' })).toThrow(ValidationError);
  });
});
