import { useTranslation } from 'react-i18next';
import { useCatalogs } from '../../../components/catalog-context.tsx';

export function TopicsFieldset({ value, onChange }: { value: string[]; onChange: (topics: string[]) => void }) {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  const selected = new Set(value);
  return (
    <fieldset className="boxed-fieldset topics" data-testid="editor-topics">
      <legend>{t('editor.fields.topics')}</legend>
      <div className="check-grid">
        {catalogs.sortedTopics.map((topic) => (
          <label key={topic.id} className="check">
            <input
              type="checkbox"
              value={topic.id}
              checked={selected.has(topic.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, topic.id] : value.filter((id) => id !== topic.id))}
            />
            <span>{catalogs.topicName(topic.id)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
