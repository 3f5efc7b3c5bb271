import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentEditor } from './editor/segment-editor.tsx';
import { DropOverlay } from './import/drop-overlay.tsx';
import { ImportButton } from './import/import-button.tsx';
import { ImportPanel } from './import/import-panel.tsx';
import { useFileDrop } from '../../hooks/use-file-drop.ts';
import { useImportQueue } from './import/use-import-queue.ts';
import { ResultsPane } from './results-pane.tsx';
import { FiltersBar } from './search/filters-bar.tsx';
import { hasFilters, noFilters, type LibraryFilters } from './search/library-filters.ts';
import { SearchBox } from './search/search-box.tsx';
import { useLibrarySearch } from './search/use-library-search.ts';
import { useEditorSelection } from './use-editor-selection.ts';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';

export function LibraryView() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(noFilters);
  const search = useLibrarySearch(query, filters);
  const imports = useImportQueue();
  const selection = useEditorSelection(search.retry);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const { add } = imports;
  const onFiles = useCallback((files: File[]) => add(files), [add]);
  const dragging = useFileDrop(onFiles);

  return (
    <div className={selection.selectedId ? 'library with-editor' : 'library'}>
      <div className="library-main">
        <div className="library-toolbar">
          <h1>{t('library.title')}</h1>
          <SpokenHelpButton target="page.library" />
          <SearchBox value={query} onChange={setQuery} />
          <ImportButton onFiles={onFiles} inputRef={fileInputRef} />
          <SpokenHelpButton target="library.import" />
        </div>
        <FiltersBar filters={filters} onChange={setFilters} />
        <ImportPanel items={imports.items} onCancel={imports.cancel} onShow={selection.open} onClearFinished={imports.clearFinished} />
        <ResultsPane
          search={search}
          selectedId={selection.selectedId}
          canClear={query !== '' || hasFilters(filters)}
          onOpen={selection.open}
          onClear={() => {
            setQuery('');
            setFilters(noFilters);
          }}
          onPickFiles={() => fileInputRef.current?.click()}
        />
      </div>
      {selection.selectedId && (
        <SegmentEditor
          editor={selection.editor}
          guardOpen={selection.guardOpen}
          onClose={selection.close}
          onDiscard={selection.discard}
          onKeepEditing={selection.keepEditing}
        />
      )}
      <DropOverlay visible={dragging} />
    </div>
  );
}
