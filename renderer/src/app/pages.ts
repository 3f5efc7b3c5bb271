import type { ComponentType } from 'react';
import { LibraryPage } from '../features/library/library-page.tsx';
import { RecordPage } from '../features/record/record-page.tsx';
import { PacksPage } from '../features/packs/packs-page.tsx';

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
  { id: 'record', testId: 'nav-record', labelKey: 'app.nav.record', Component: RecordPage },
  { id: 'packs', testId: 'nav-packs', labelKey: 'app.nav.packs', Component: PacksPage },
];
