// Dates as real files write them are read as dates, with the format recorded in the profile.

import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { Profiler, mergeProfiles, profileFiles } from '../../src/profile/index.js';
import type { ColumnProfile } from '../../src/profile/types.js';

const fixtures = path.join(process.cwd(), '__tests__', 'fixtures', 'profile', 'dates');

async function column(file: string, name: string): Promise<ColumnProfile> {
  const profile = await profileFiles([path.join(fixtures, file)], {}, () => undefined);
  const found = profile.columns.find((each) => each.name === name);
  if (!found) throw new Error(`no column ${name}`);
  const { state: _state, top: _top, ...rest } = found;
  return rest as ColumnProfile;
}

describe('date formats', () => {
  it('reads YYYY/MM/DD HH:MM as a timestamp', async () => {
    expect(await column('bird-strikes.csv', 'incident_date')).toMatchObject({
      type: 'timestamp', format: 'YYYY/MM/DD HH:MM[:SS]', min: '2001-01-01T01:24:00.000Z', max: '2001-12-31T23:59:00.000Z', count: 7,
    });
  });

  it('reads DD.MM.YYYY as a date', async () => {
    expect(await column('wetter.csv', 'Datum')).toMatchObject({ type: 'date', format: 'DD.MM.YYYY', min: '2020-01-01', max: '2020-12-31' });
  });

  it('reads Mon DD YYYY as a date', async () => {
    expect(await column('movies.csv', 'Release Date')).toMatchObject({ type: 'date', format: 'Mon DD YYYY', min: '1993-06-11', max: '2001-11-02' });
  });

  it('reads DD Mon YYYY as a date', async () => {
    expect(await column('football.csv', 'date')).toMatchObject({ type: 'date', format: 'DD Mon YYYY', min: '2017-08-12', max: '2018-05-13' });
  });

  it('reads MM/DD/YYYY when a day above 12 stands second', async () => {
    const posted = await column('jobs-us.csv', 'posted');
    expect(posted).toMatchObject({ type: 'date', format: 'MM/DD/YYYY', min: '2023-01-15', max: '2023-12-05' });
    expect(posted.ambiguousFormat).toBeUndefined();
  });

  it('reads DD/MM/YYYY when a day above 12 stands first', async () => {
    const posted = await column('jobs-uk.csv', 'posted');
    expect(posted).toMatchObject({ type: 'date', format: 'DD/MM/YYYY', min: '2023-01-15', max: '2023-12-05' });
    expect(posted.ambiguousFormat).toBeUndefined();
  });

  it('reads an undecidable slash column as MM/DD/YYYY and says it is ambiguous', async () => {
    expect(await column('ambiguous.csv', 'day')).toMatchObject({
      type: 'date', format: 'MM/DD/YYYY', ambiguousFormat: 'DD/MM/YYYY', min: '2024-01-02', max: '2024-11-12',
    });
  });

  it('keeps a column of mixed formats as string, with the share that read as a date', async () => {
    const when = await column('mixed-formats.csv', 'when');
    expect(when).toMatchObject({ type: 'string', parsed: { type: 'date', share: 5 / 6 } });
    expect(when.format).toBeUndefined();
  });

  it('reads ISO 8601 with and without a zone, and records it', async () => {
    expect(await column('iso-zones.csv', 'observed')).toMatchObject({
      type: 'timestamp', format: 'ISO 8601', min: '2023-01-04T08:00:00.000Z', max: '2023-02-01T13:15:30.250Z',
    });
    expect(await column('iso-zones.csv', 'local')).toMatchObject({ type: 'timestamp', format: 'ISO 8601', max: '2023-02-01T08:15:00.000Z' });
  });

  it('reads epoch seconds and milliseconds only in columns named for times', async () => {
    expect(await column('events.csv', 'created_at')).toMatchObject({
      type: 'timestamp', format: 'epoch seconds', min: '2023-01-01T00:00:00.000Z', max: '2023-02-02T00:00:00.000Z',
    });
    expect(await column('events.csv', 'sent_ms')).toMatchObject({ type: 'timestamp', format: 'epoch milliseconds', max: '2023-02-02T00:00:00.000Z' });
    const population = await column('events.csv', 'population');
    expect(population).toMatchObject({ type: 'integer', min: 1672531200 });
    expect(population.format).toBeUndefined();
  });
});

describe('date tallies', () => {
  const profileOf = (values: string[]) => {
    const profiler = new Profiler();
    profiler.add({ columns: ['d'], data: [values], length: values.length, firstRow: 1, file: 'd.csv' });
    return profiler.finish();
  };

  it('decide the slash reading over merged parts as over one pass', () => {
    const merged = mergeProfiles(profileOf(['01/02/2024', '03/04/2024']), profileOf(['05/06/2024', '25/12/2024']));
    expect(merged.columns[0]).toMatchObject({ type: 'date', format: 'DD/MM/YYYY', min: '2024-02-01', max: '2024-12-25' });
    expect(merged.columns[0].ambiguousFormat).toBeUndefined();
  });

  it('do not take an impossible day for a date', () => {
    expect(profileOf(['31.02.2020', '01.03.2020']).columns[0]).toMatchObject({ type: 'string', parsed: { type: 'date', share: 0.5 } });
  });

  it('read full month names, a comma and a 12-hour clock', () => {
    expect(profileOf(['January 5, 2024 10:30 PM', 'Feb 29, 2024 12:05 AM']).columns[0]).toMatchObject({
      type: 'timestamp', min: '2024-01-05T22:30:00.000Z', max: '2024-02-29T00:05:00.000Z',
    });
  });
});

describe('stored profiles', () => {
  it('keep the date format and its ambiguity through JSON', async () => {
    const { loadProfile } = await import('../../src/profile/load.js');
    const profile = await profileFiles([path.join(fixtures, 'ambiguous.csv')], {}, () => undefined);
    const stored = loadProfile(JSON.parse(JSON.stringify(profile)), 'ambiguous.json');
    expect(stored.columns[0]).toMatchObject({ type: 'date', format: 'MM/DD/YYYY', ambiguousFormat: 'DD/MM/YYYY' });
    expect(mergeProfiles(stored, stored).columns[0]).toMatchObject({ type: 'date', format: 'MM/DD/YYYY', ambiguousFormat: 'DD/MM/YYYY' });
  });
});
