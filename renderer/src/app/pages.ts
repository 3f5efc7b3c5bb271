import type { ComponentType } from 'react';
import { LibraryPage } from '../features/library/library-page.tsx';
import { EditPage } from '../features/edit/edit-page.tsx';
import { RecordPage } from '../features/record/record-page.tsx';
import { PacksPage } from '../features/packs/packs-page.tsx';
import { SchedulePage } from '../features/schedule/schedule-page.tsx';
import { OnAirPage } from '../features/onair/onair-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { ReportsPage } from '../features/reports/reports-page.tsx';

export interface PageEntry {
  id: string;
  /** Stable hook for e2e tests (issue texts name them: nav-library, nav-edit, nav-record…). */
  testId: string;
  /** i18n key of the nav label. */
  labelKey: string;
  Component: ComponentType;
}

/** Built pages, in nav order. Each feature adds one line; unbuilt pages never appear. */
export const pages: readonly PageEntry[] = [
  { id: 'library', testId: 'nav-library', labelKey: 'app.nav.library', Component: LibraryPage },
  { id: 'edit', testId: 'nav-edit', labelKey: 'edit.nav', Component: EditPage },
  { id: 'record', testId: 'nav-record', labelKey: 'app.nav.record', Component: RecordPage },
  { id: 'packs', testId: 'nav-packs', labelKey: 'app.nav.packs', Component: PacksPage },
  { id: 'schedule', testId: 'nav-schedule', labelKey: 'app.nav.schedule', Component: SchedulePage },
  { id: 'onair', testId: 'nav-onair', labelKey: 'app.nav.onair', Component: OnAirPage },
  { id: 'settings', testId: 'nav-settings', labelKey: 'settings.nav', Component: SettingsPage },
  { id: 'reports', testId: 'nav-reports', labelKey: 'reports.nav', Component: ReportsPage },
];
