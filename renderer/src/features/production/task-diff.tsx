import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context.tsx';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { errorMessage } from '../../i18n/error-message.ts';

/**
 * What changed in the master script since this translation was made. Struck-through and
 * highlighted text carry the words "Quitado" / "Agregado" too: colour and a line are not read aloud.
 */
export function TaskDiff({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  // Loaded once: the task editor keys this by the current revision, so a newer script asks again.
  const { resource, retry } = useAsyncResource(() => api.call('production.task.diff', { taskId }));
  const diff = resource.status === 'ready' ? resource.value : null;
  return (
    <section className="production-outdated" aria-labelledby={`diff-${taskId}`} data-testid="production-diff">
      <h4 id={`diff-${taskId}`}>{t('production.diff.heading')}</h4>
      <p>{diff && diff.from !== null && diff.to !== null ? t('production.diff.explain', { from: diff.from, to: diff.to }) : t('production.diff.explainNoFrom')}</p>
      {resource.status === 'loading' && <p className="muted">{t('production.diff.loading')}</p>}
      {resource.status === 'error' && (
        <div className="message-error" role="alert">
          <p>
            {t('production.diff.loadError')} {errorMessage(resource.error, t)}
          </p>
          <button type="button" className="button button-small" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {diff && (
        <>
          <p className="production-diff-legend small" aria-hidden="true">
            <del>{t('production.diff.removed')}</del> <ins>{t('production.diff.added')}</ins>
          </p>
          {diff.parts.every((p) => p.kind === 'same') ? (
            <p className="muted">{t('production.diff.none')}</p>
          ) : (
            <p className="production-diff-text" data-testid="production-diff-text">
              {diff.parts.map((part, i) => {
                if (part.kind === 'same') return <span key={i}>{part.text}</span>;
                const Tag = part.kind === 'added' ? 'ins' : 'del';
                return (
                  <Tag key={i} data-testid={`production-diff-${part.kind}`}>
                    <span className="sr-only">[{t(`production.diff.${part.kind}`)}: </span>
                    {part.text}
                    <span className="sr-only">]</span>
                  </Tag>
                );
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
