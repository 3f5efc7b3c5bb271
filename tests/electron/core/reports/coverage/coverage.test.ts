import { afterEach, describe, expect, it } from 'vitest';
import { coverageBreakdown, coverageFilterOptions } from '../../../../../electron/core/reports/coverage/coverage-breakdown.ts';
import { coverageGaps } from '../../../../../electron/core/reports/coverage/coverage-gaps.ts';
import { coverageReport } from '../../../../../electron/core/reports/coverage/coverage-report.ts';
import { coverageFiltersSchema, type CoverageFiltersInput } from '../../../../../shared/api/methods/coverage.ts';
import { tempDb } from '../../schedule/schedule-fixtures.ts';
import { CoverageData } from './coverage-data-builder.ts';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const data = new CoverageData(t.db);
  // Oaxaca station airs Mixtec and Spanish; a Chiapas station airs Spanish; one station never reports.
  const oax = data.station('Radio Ñuu Savi', '20');
  const chis = data.station('Radio Tzotzil', '07');
  const silent = data.station('Radio Callada', '12');
  data.segment('seg-wage', 'Salario mínimo', { topics: ['trabajo'], validUntil: '2026-03-20', versions: [{ language: 'xty', regions: [{ state: '20', role: 'origin' }, { state: '20', role: 'any' }, { state: '02', role: 'destination' }] }, { language: 'spa', regions: [{ state: '07', role: 'any' }] }] });
  data.segment('seg-visa', 'Visas de trabajo', { topics: ['documentos'], versions: [{ language: 'spa', regions: [] }] });
  const report = (f: Partial<CoverageFiltersInput> = {}) => coverageReport(t.db, coverageFiltersSchema.parse({ from: '2026-02-01', to: '2026-03-31', ...f }));
  return { db: t.db, data, oax, chis, silent, report };
}

describe('coverage (issue #13 §3)', () => {
  it('totals, weeks by language, bars and the state map come from the airings, over whole and partial weeks', () => {
    const { data, oax, chis, report } = setup();
    // 2026-02-01 is a Sunday (a partial week at the start); 2026-02-02..08 is a whole week.
    data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'xty', day: '2026-02-01', seconds: 90 });
    data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'xty', day: '2026-02-03', seconds: 90 });
    data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'spa', day: '2026-02-04', seconds: 30 });
    data.airing({ station: chis, pack: 'p2', segment: 'seg-visa', language: 'spa', day: '2026-03-31', seconds: 60 });
    data.airing({ station: chis, pack: 'p2', segment: 'seg-visa', language: 'spa', day: '2026-04-01', seconds: 60 }); // outside the range
    data.airing({ station: chis, pack: 'p9', segment: 'seg-unknown', language: 'tzo', day: '2026-03-10' });

    const r = report();
    expect(r.totals).toEqual({ airings: 5, minutes: 5.5, stations: 2, languages: 3 });
    expect(r.weeks).toEqual([
      { week: '2026-01-26', language: 'xty', airings: 1 },
      { week: '2026-02-02', language: 'spa', airings: 1 },
      { week: '2026-02-02', language: 'xty', airings: 1 },
      { week: '2026-03-09', language: 'tzo', airings: 1 },
      { week: '2026-03-30', language: 'spa', airings: 1 },
    ]);
    expect(r.bars[0]).toEqual({ packId: 'p1', segmentId: 'seg-wage', title: 'Salario mínimo', airings: 3, minutes: 3.5 });
    expect(r.bars.find((b) => b.segmentId === 'seg-unknown')?.title).toBeNull();
    const state = (code: string) => r.states.find((s) => s.stateCode === code);
    // Tagged origin and any: it reaches Oaxaca once as origin and once as destination, not twice.
    expect(state('20')).toEqual({ stateCode: '20', airings: 3, stations: 1, originAirings: 2, destinationAirings: 2 });
    expect(state('02')).toEqual({ stateCode: '02', airings: 0, stations: 0, originAirings: 0, destinationAirings: 2 });
    // 'any' reaches the state both as origin and as destination; the unknown segment reaches nothing.
    expect(state('07')).toEqual({ stateCode: '07', airings: 2, stations: 1, originAirings: 1, destinationAirings: 1 });
  });

  it('every filter narrows the same rows: pack, topic, language, station, state', () => {
    const { data, oax, chis, report } = setup();
    for (const day of ['2026-02-10', '2026-02-11', '2026-03-02']) {
      data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'xty', day });
      data.airing({ station: chis, pack: 'p2', segment: 'seg-visa', language: 'spa', day });
    }
    expect(report({ packIds: ['p2'] }).totals.airings).toBe(3);
    expect(report({ topics: ['trabajo'] }).totals.airings).toBe(3);
    expect(report({ languages: ['xty', 'spa'] }).totals.airings).toBe(6);
    expect(report({ stations: [chis] }).totals).toMatchObject({ airings: 3, stations: 1, languages: 1 });
    expect(report({ states: ['20'] }).bars.map((b) => b.segmentId)).toEqual(['seg-wage']);
    expect(report({ states: ['32'] }).totals).toEqual({ airings: 0, minutes: 0, stations: 0, languages: 0 });
    // A range inside one week reads only daily rows.
    expect(report({ from: '2026-02-11', to: '2026-02-11' }).totals.airings).toBe(2);
  });

  it('a breakdown groups by any dimension', () => {
    const { db, data, oax, chis } = setup();
    data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'xty', day: '2026-02-10', seconds: 120 });
    data.airing({ station: chis, pack: 'p1', segment: 'seg-wage', language: 'spa', day: '2026-02-10', seconds: 60 });
    data.airing({ station: chis, pack: 'p2', segment: 'seg-visa', language: 'spa', day: '2026-02-12', seconds: 60 });
    const by = (group: 'language' | 'state' | 'topic' | 'pack' | 'segment' | 'station') => coverageBreakdown(db, coverageFiltersSchema.parse({ from: '2026-02-01', to: '2026-02-28' }), group);
    expect(by('language')).toEqual([
      { key: 'spa', label: 'spa', airings: 2, minutes: 2, stations: 1 },
      { key: 'xty', label: 'xty', airings: 1, minutes: 2, stations: 1 },
    ]);
    expect(by('state').map((r) => [r.key, r.airings])).toEqual([['07', 2], ['20', 1]]);
    expect(by('topic').map((r) => [r.key, r.airings])).toEqual([['trabajo', 2], ['documentos', 1]]);
    expect(by('segment')[0]).toMatchObject({ key: 'seg-wage', label: 'Salario mínimo', stations: 2 });
    expect(by('station').map((r) => r.label)).toEqual(['Radio Tzotzil', 'Radio Ñuu Savi']);
  });

  it('gaps: silent stations, packs and language versions not aired in 30 days, expiring segments still airing', () => {
    const { db, data, oax, chis } = setup();
    data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'xty', day: '2026-03-10' });
    data.airing({ station: chis, pack: 'p1', segment: 'seg-wage', language: 'spa', day: '2026-01-05' });
    data.airing({ station: chis, pack: 'p2', segment: 'seg-visa', language: 'spa', day: '2026-01-06' });
    // IREX published this one in a pack and no station ever aired it: a gap with no last day.
    data.segment('seg-nuevo', 'Contratos por escrito', { versions: [{ language: 'mix', regions: [] }] });
    db.prepare("INSERT INTO pack_published (segment_id, version, updated_at) VALUES ('seg-nuevo', 1, '2026-03-01T00:00:00Z')").run();
    const gaps = coverageGaps(db, new Date('2026-03-15T12:00:00Z'));
    expect(gaps.asOf).toBe('2026-03-15');
    expect(gaps.packs).toEqual([{ packId: 'p2', lastDay: '2026-01-06' }]);
    expect(gaps.versions.map((v) => [v.segmentId, v.language, v.lastDay])).toEqual([['seg-nuevo', 'mix', null], ['seg-wage', 'spa', '2026-01-05'], ['seg-visa', 'spa', '2026-01-06']]);
    expect(gaps.stations.map((s) => [s.name, s.lastDay])).toEqual([['Radio Callada', null], ['Radio Tzotzil', '2026-01-06']]);
    expect(gaps.expiring).toEqual([{ segmentId: 'seg-wage', title: 'Salario mínimo', validUntil: '2026-03-20', stations: 1 }]);
  });

  it('filter choices: only the packs, topics, stations and states that aired in the range, most aired first', () => {
    const { db, data, oax, chis } = setup();
    data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'xty', day: '2026-02-03' });
    data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'spa', day: '2026-02-04' });
    data.airing({ station: chis, pack: 'p2', segment: 'seg-visa', language: 'spa', day: '2026-02-05' });
    data.airing({ station: chis, pack: 'p3', segment: 'seg-visa', language: 'spa', day: '2026-05-01' }); // outside the range
    const options = coverageFilterOptions(db, { from: '2026-02-01', to: '2026-03-31' });
    expect(options.packs.map((o) => [o.key, o.airings])).toEqual([['p1', 2], ['p2', 1]]);
    expect(options.topics.map((o) => [o.key, o.airings])).toEqual([['trabajo', 2], ['documentos', 1]]);
    expect(options.stations.map((o) => [o.label, o.airings])).toEqual([['Radio Ñuu Savi', 2], ['Radio Tzotzil', 1]]);
    expect(options.stations[0]?.key).toBe(oax);
    // Radio Callada reported nothing: neither it nor its state is offered.
    expect(options.states.map((o) => [o.key, o.airings])).toEqual([['20', 2], ['07', 1]]);
    expect(coverageFilterOptions(db, { from: '2025-01-01', to: '2025-01-31' })).toEqual({ packs: [], topics: [], stations: [], states: [] });
  });
});
