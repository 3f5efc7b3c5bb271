import type { ReactNode } from 'react';
import { CatalogsGate } from '../../components/catalogs-gate.tsx';

/** The language and state catalogs the program and campaign forms name things with. */
export function ScheduleCatalogs({ children }: { children: ReactNode }) {
  return <CatalogsGate testId="schedule-catalogs-loading">{children}</CatalogsGate>;
}
