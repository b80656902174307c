import { useId, useMemo, useState } from 'react';
import { fieldSearchIndex, searchFields, type SearchEntry } from '../../core/field-specs';
import { requestFocus } from '../../document/actions';
import { useDocumentStore } from '../../document/store';
import { documentSearchEntries, isDocumentEntry } from './document-entries';
import { resolveEntryPath } from './resolve-entry-path';
import './field-search.css';

/**
 * "Find a field": type a few letters of a field's name ("ulimit", "health"), pick a result, and the form
 * jumps to it, opening its section (and selecting the container) first. It also finds the containers by
 * name and the environment and secret variables by name. A combobox with a listbox.
 */
export function FieldSearch() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const doc = useDocumentStore((s) => s.doc);
  // Containers and variable names of this document first, then the fields of every container.
  const results = useMemo(() => searchFields([...documentSearchEntries(doc), ...fieldSearchIndex], query), [doc, query]);
  const shown = open && query.trim() !== '';

  const choose = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    const { doc: current, selectedContainer } = useDocumentStore.getState();
    const path = isDocumentEntry(entry) ? entry.target : resolveEntryPath(entry, current, selectedContainer);
    setOpen(false);
    if (path) requestFocus('form', { path });
  };

  return (
    <div className="field-search" role="search">
      <label htmlFor={`${id}-input`} className="field-search-label">
        Find a field
      </label>
      <input
        id={`${id}-input`}
        type="search"
        className="input field-search-input"
        placeholder="ulimit, health check, a container or variable name…"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown && results[active] ? `${id}-option-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((current) => (results.length ? (current + step + results.length) % results.length : 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(results[active]);
          } else if (event.key === 'Escape') {
            if (shown) setOpen(false);
            else setQuery('');
          }
        }}
      />
      {shown ? (
        <ul id={`${id}-list`} role="listbox" aria-label="Matching fields and names" className="field-search-results">
          {results.length === 0 ? <li className="field-search-empty">No field matches “{query}”.</li> : null}
          {results.map((entry, i) => (
            <li
              key={`${entry.path}-${entry.sectionId}`}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={i === active}
              className="field-search-result"
              // mousedown, not click: the input's blur would close the list before the click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entry);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="field-search-result-label">{entry.label}</span>
              <span className="field-search-result-where">{entry.where}</span>
              <code className="field-search-result-key">{entry.key}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
