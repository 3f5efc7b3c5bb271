import type { ComponentType } from 'react';
import { CalendarDays, ChartColumn, Languages, Library, MessageSquareQuote, Mic, Package, Radio, Scissors, Settings, type LucideIcon } from 'lucide-react';
import { LibraryPage } from '../features/library/library-page.tsx';
import { EditPage } from '../features/edit/edit-page.tsx';
import { RecordPage } from '../features/record/record-page.tsx';
import { PacksPage } from '../features/packs/packs-page.tsx';
import { SchedulePage } from '../features/schedule/schedule-page.tsx';
import { OnAirPage } from '../features/onair/onair-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { ReportsPage } from '../features/reports/reports-page.tsx';
import { ProductionPage } from '../features/production/production-page.tsx';
import { VoicesPage } from '../features/voices/voices-page.tsx';

export interface PageEntry {
  id: string;
  /** Stable hook for e2e tests (issue texts name them: nav-library, nav-edit, nav-record…). */
  testId: string;
  /** i18n key of the nav label. */
  labelKey: string;
  /**
   * Issue #15: every word has an icon a producer who reads little can recognise (lucide, ISC
   * license), and a tooltip that says in a sentence what the page is for.
   */
  Icon: LucideIcon;
  hintKey: string;
  Component: ComponentType;
}

/** Built pages, in nav order. Each feature adds one line; unbuilt pages never appear. */
export const pages: readonly PageEntry[] = [
  { id: 'library', testId: 'nav-library', labelKey: 'app.nav.library', Component: LibraryPage, Icon: Library, hintKey: 'app.nav.hints.library' },
  { id: 'edit', testId: 'nav-edit', labelKey: 'edit.nav', Component: EditPage, Icon: Scissors, hintKey: 'app.nav.hints.edit' },
  { id: 'record', testId: 'nav-record', labelKey: 'app.nav.record', Component: RecordPage, Icon: Mic, hintKey: 'app.nav.hints.record' },
  { id: 'production', testId: 'nav-production', labelKey: 'production.nav', Component: ProductionPage, Icon: Languages, hintKey: 'app.nav.hints.production' },
  { id: 'voices', testId: 'nav-voices', labelKey: 'voices.nav', Component: VoicesPage, Icon: MessageSquareQuote, hintKey: 'app.nav.hints.voices' },
  { id: 'packs', testId: 'nav-packs', labelKey: 'app.nav.packs', Component: PacksPage, Icon: Package, hintKey: 'app.nav.hints.packs' },
  { id: 'schedule', testId: 'nav-schedule', labelKey: 'app.nav.schedule', Component: SchedulePage, Icon: CalendarDays, hintKey: 'app.nav.hints.schedule' },
  { id: 'onair', testId: 'nav-onair', labelKey: 'app.nav.onair', Component: OnAirPage, Icon: Radio, hintKey: 'app.nav.hints.onair' },
  { id: 'settings', testId: 'nav-settings', labelKey: 'settings.nav', Component: SettingsPage, Icon: Settings, hintKey: 'app.nav.hints.settings' },
  { id: 'reports', testId: 'nav-reports', labelKey: 'reports.nav', Component: ReportsPage, Icon: ChartColumn, hintKey: 'app.nav.hints.reports' },
];
