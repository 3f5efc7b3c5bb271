import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonyCategoryEntry } from '../../../../shared/domain/catalog.ts';
import { useApi } from '../../api/api-context.tsx';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { currentUiLanguage } from '../../i18n/i18n.ts';

export interface Categories {
  /** In the catalog's order (the one the summary and the checkboxes keep). */
  list: readonly TestimonyCategoryEntry[];
  ids: readonly string[];
  name(id: string): string;
  description(id: string): string;
}

const CategoriesContext = createContext<Categories | null>(null);

/**
 * Voces' problem categories (resources/catalogs/testimony-categories.json), named in the UI
 * language. Only this page uses them, so they load here rather than with the tagging catalogs.
 */
export function CategoriesGate({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { resource, retry } = useAsyncResource(() => api.call('catalog.testimonyCategories', {}));
  const english = currentUiLanguage(i18n) === 'en';
  const list = resource.status === 'ready' ? resource.value : null;
  const value = useMemo<Categories | null>(() => {
    if (!list) return null;
    const byId = new Map(list.map((c) => [c.id, c]));
    return {
      list,
      ids: list.map((c) => c.id),
      name: (id) => {
        const c = byId.get(id);
        return c ? (english ? c.nameEn : c.nameEs) : id;
      },
      description: (id) => {
        const c = byId.get(id);
        return c ? (english ? c.descriptionEn : c.descriptionEs) : '';
      },
    };
  }, [list, english]);
  if (resource.status === 'loading') return <p className="muted" data-testid="voices-categories-loading">{t('common.loading')}</p>;
  if (resource.status === 'error' || !value) {
    return (
      <div className="state-message message-error" role="alert" data-testid="voices-categories-error">
        <p>{t('library.catalogError')}</p>
        <p>{resource.status === 'error' ? errorMessage(resource.error, t) : null}</p>
        <button type="button" className="button" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <CategoriesContext value={value}>{children}</CategoriesContext>;
}

export function useCategories(): Categories {
  const value = useContext(CategoriesContext);
  if (!value) throw new Error('useCategories needs a <CategoriesGate>');
  return value;
}
