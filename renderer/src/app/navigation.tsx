import { createContext, useContext, type ReactNode } from 'react';

/**
 * Where a page was asked to open, and with what (issue #11: "Open in Editar" and "Record a new take"
 * from a Library row). A page reads its own intent once, as its initial state.
 */
export type PageIntent =
  | { page: 'edit'; segmentId: string; versionId: string | null }
  | { page: 'record'; segmentId: string; title: string; languageCode?: string; oralTaskId?: string }
  /** Issue #14 §2: Voces' "Record call": a take that becomes a testimony (`testimonyId`: the noted call it is for). */
  | { page: 'record'; callIn: { testimonyId: string | null } }
  /** Back in Voces with a testimony opened in its panel. */
  | { page: 'voices'; testimonyId: string };

export interface Navigation {
  go(page: string, intent?: PageIntent): void;
  intent: PageIntent | null;
}

const NavigationContext = createContext<Navigation>({ go: () => undefined, intent: null });

export function NavigationProvider({ value, children }: { value: Navigation; children: ReactNode }) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** This page's intent, if the navigation that opened it carried one. */
export function useIntent<P extends PageIntent['page']>(page: P): Extract<PageIntent, { page: P }> | null {
  const { intent } = useNavigation();
  return intent?.page === page ? (intent as Extract<PageIntent, { page: P }>) : null;
}
