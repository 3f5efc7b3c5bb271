import { useTranslation } from 'react-i18next';
import type { LanguageTask } from '../../../../shared/domain/production.ts';
import { useCatalogs } from '../../components/catalog-context.tsx';
import { StatusChip } from './status-chip.tsx';

/** The segment's languages, each opening its task. Sorted by name, as the language picker is. */
export function TaskList({ tasks, onOpen }: { tasks: readonly LanguageTask[]; onOpen(taskId: string): void }) {
  const { t, i18n } = useTranslation();
  const catalogs = useCatalogs();
  const collator = new Intl.Collator(i18n.language, { sensitivity: 'base' });
  const sorted = [...tasks].sort((a, b) => collator.compare(catalogs.languageName(a.languageCode), catalogs.languageName(b.languageCode)));
  return (
    <section className="production-section" aria-labelledby="production-tasks-heading">
      <h3 id="production-tasks-heading">{t('production.panel.tasks')}</h3>
      {sorted.length === 0 ? (
        <p className="muted" data-testid="production-no-tasks">
          {t('production.panel.noTasks')}
        </p>
      ) : (
        <ul className="production-task-list" data-testid="production-task-list">
          {sorted.map((task) => (
            <li key={task.id}>
              <button type="button" className="production-task-item" data-testid="production-task-item" data-code={task.languageCode} onClick={() => onOpen(task.id)}>
                <span className="production-task-language">{catalogs.languageName(task.languageCode)}</span>
                <StatusChip status={task.status} outdated={task.outdated} />
                {task.assignee && <span className="muted small">{task.assignee}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
