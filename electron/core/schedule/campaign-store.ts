import { UserFacingError } from '../../../shared/api/errors.ts';
import { campaignInputSchema, type Campaign, type CampaignInput, type Daypart } from '../../../shared/domain/schedule.ts';
import { writeTransaction, type Database } from '../db/database.ts';

interface CampaignRow {
  id: string;
  name: string;
  segment_ids: string;
  plays_per_day: number | null;
  plays_per_week: number | null;
  dayparts: string;
  languages: string;
  regions: string;
  min_separation_min: number;
  start_date: string;
  end_date: string;
}

function toCampaign(r: CampaignRow): Campaign {
  return {
    id: r.id,
    name: r.name,
    segmentIds: JSON.parse(r.segment_ids) as string[],
    playsPerDay: r.plays_per_day,
    playsPerWeek: r.plays_per_week,
    dayparts: JSON.parse(r.dayparts) as Daypart[],
    languages: JSON.parse(r.languages) as string[],
    regions: JSON.parse(r.regions) as string[],
    minSeparationMin: r.min_separation_min,
    startDate: r.start_date,
    endDate: r.end_date,
  };
}

export function listCampaigns(db: Database): Campaign[] {
  return (db.prepare('SELECT * FROM schedule_campaigns ORDER BY start_date, name, id').all() as CampaignRow[]).map(toCampaign);
}

export function validateCampaign(input: CampaignInput): Campaign {
  const c = campaignInputSchema.parse(input);
  if ((c.playsPerDay === null) === (c.playsPerWeek === null)) throw new UserFacingError('schedule.campaign_quota', 'Exactly one of playsPerDay / playsPerWeek');
  if (c.endDate < c.startDate) throw new UserFacingError('schedule.end_before_start', `Campaign ends ${c.endDate} before ${c.startDate}`, { start: c.startDate, end: c.endDate });
  return { ...c, id: c.id ?? crypto.randomUUID() };
}

export function upsertCampaign(db: Database, c: Campaign): void {
  db.prepare(
    `INSERT INTO schedule_campaigns (id, name, segment_ids, plays_per_day, plays_per_week, dayparts, languages, regions, min_separation_min, start_date, end_date)
     VALUES (@id, @name, @segmentIds, @playsPerDay, @playsPerWeek, @dayparts, @languages, @regions, @minSeparationMin, @startDate, @endDate)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, segment_ids = excluded.segment_ids, plays_per_day = excluded.plays_per_day,
       plays_per_week = excluded.plays_per_week, dayparts = excluded.dayparts, languages = excluded.languages, regions = excluded.regions,
       min_separation_min = excluded.min_separation_min, start_date = excluded.start_date, end_date = excluded.end_date`,
  ).run({
    ...c,
    segmentIds: JSON.stringify(c.segmentIds),
    dayparts: JSON.stringify(c.dayparts),
    languages: JSON.stringify(c.languages),
    regions: JSON.stringify(c.regions),
  });
}

export function saveCampaign(db: Database, input: CampaignInput): Campaign {
  const c = validateCampaign(input);
  writeTransaction(db, () => upsertCampaign(db, c));
  return c;
}

export function deleteCampaign(db: Database, id: string): void {
  writeTransaction(db, () => db.prepare('DELETE FROM schedule_campaigns WHERE id = ?').run(id));
}
