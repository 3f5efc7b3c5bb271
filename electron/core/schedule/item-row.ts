import type { ItemKind } from '../../../shared/domain/schedule.ts';

/** A schedule_items row as the stores read it (auto spots are made into rows of this shape too). */
export interface ItemRow {
  id: string;
  instance_id: string;
  parent_id: string | null;
  position: number;
  kind: ItemKind;
  title: string;
  segment_id: string | null;
  version_id: string | null;
  campaign_id: string | null;
  duration_sec: number;
  auto: number;
}
