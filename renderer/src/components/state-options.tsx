import { useCatalogs } from './catalog-context.tsx';

/** One option per state, by name in collation order, valued by its code: the Library's filter, its region tagging and the schedule's campaigns list them alike. */
export function StateOptions() {
  const catalogs = useCatalogs();
  return (
    <>
      {catalogs.sortedStates.map((s) => (
        <option key={s.code} value={s.code}>
          {s.name}
        </option>
      ))}
    </>
  );
}
