import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons.tsx';
import { useCatalogs } from './catalog-context.tsx';
import { matchLanguages } from './language-match.ts';
import '../styles/editor.css';

interface Props {
  id: string;
  value: string | null;
  onChange(code: string | null): void;
  /** Another form on the same screen (the first-run setup) needs its own hook for tests. */
  testId?: string;
}

/**
 * ARIA 1.2 combobox over ~70 languages: a native <select> cannot be searched by "yolox", and a
 * datalist does not fold accents. The committed value is the ISO 639-3 code (`data-value`).
 */
export function LanguageCombobox({ id, value, onChange, testId = 'language-select' }: Props) {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  const listId = useId();
  const display = value ? `${catalogs.languageName(value)} (${value})` : '';
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = text !== null;
  const options = useMemo(() => (open ? matchLanguages(catalogs.sortedLanguages, text) : []), [open, text, catalogs.sortedLanguages]);
  const listRef = useRef<HTMLUListElement>(null);

  // The editor panel scrolls; an opened list below the fold would look like "no results".
  useEffect(() => {
    if (open) listRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open, options.length]);
  useEffect(() => {
    if (open && options[active]) document.getElementById(`${listId}-${options[active].code}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, options, active, listId]);

  const choose = (code: string | null) => {
    onChange(code);
    setText(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setText('');
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open) {
      // Enter picks the highlighted language instead of submitting the form.
      event.preventDefault();
      const picked = options[active];
      if (picked) choose(picked.code);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setText(null);
    }
  };

  return (
    <div className="combobox">
      <div className="combobox-input">
        <input
          id={id}
          type="text"
          role="combobox"
          data-testid={testId}
          data-value={value ?? ''}
          aria-expanded={open}
          aria-controls={open && options.length > 0 ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${listId}-${options[active].code}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('editor.language.placeholder')}
          value={text ?? display}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onFocus={(event) => event.target.select()}
          onKeyDown={onKeyDown}
          onBlur={() => setText(null)}
        />
        {value && (
          <button type="button" className="icon-button" aria-label={t('editor.language.clear')} title={t('editor.language.clear')} onClick={() => choose(null)}>
            <CloseIcon />
          </button>
        )}
      </div>
      {open && options.length === 0 && (
        <div className="combobox-empty" role="status">
          {t('editor.language.noMatch')}
        </div>
      )}
      {open && options.length > 0 && (
        <ul ref={listRef} id={listId} role="listbox" className="combobox-list" aria-label={t('editor.fields.language')}>
          {options.map((entry, index) => (
            <li
              key={entry.code}
              id={`${listId}-${entry.code}`}
              role="option"
              data-testid="language-option"
              data-code={entry.code}
              aria-selected={index === active}
              className={index === active ? 'combobox-option active' : 'combobox-option'}
              // mousedown would blur the input (closing the list) before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(entry.code)}
            >
              <span className="option-name">{catalogs.languageName(entry.code)}</span>
              <span className="option-meta">
                {entry.code} · {entry.group}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
