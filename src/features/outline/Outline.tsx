import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { requestFocus } from '../../document/actions';
import { useDocumentStore } from '../../document/store';
import { outlineItems, outlineKey } from './outline-items';
import './outline.css';

const GROUPS = [
  { kind: 'task', title: 'Task' },
  { kind: 'container', title: 'Containers' },
  { kind: 'volume', title: 'Volumes' },
] as const;

/**
 * The document at a glance: the task, each container and each volume by name. Choosing one jumps there in
 * the forms (selecting the container) and shows it in the JSON. One tab stop; the arrow keys, Home and End
 * move between entries (roving tabindex), Enter or Space jumps.
 */
export function Outline() {
  const key = useDocumentStore((s) => outlineKey(s.doc));
  // Rebuilt only when a label changes (outlineKey), not on every edit of the document.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for the items' content
  const items = useMemo(() => outlineItems(useDocumentStore.getState().doc), [key]);
  const selected = useDocumentStore((s) => s.selectedContainer);
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(active, items.length - 1);

  const move = (event: KeyboardEvent) => {
    const last = items.length - 1;
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? Math.min(last, current + 1)
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? Math.max(0, current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
  };

  return (
    <nav className="outline" aria-label="Outline" onKeyDown={move}>
      {GROUPS.map((group) => {
        const entries = items.map((item, i) => ({ item, i })).filter(({ item }) => item.kind === group.kind);
        if (entries.length === 0) return null;
        return (
          <div className="outline-group" key={group.kind} role="group" aria-label={group.title}>
            <span className="outline-group-title" aria-hidden="true">
              {group.title}
            </span>
            <ul className="outline-list">
              {entries.map(({ item, i }) => (
                <li key={item.id}>
                  <button
                    type="button"
                    ref={(element) => void (refs.current[i] = element)}
                    className={`outline-item outline-${item.kind}`}
                    tabIndex={i === current ? 0 : -1}
                    aria-current={item.kind === 'container' && item.index === selected ? 'true' : undefined}
                    title={`Go to ${item.kind} ${item.label}`}
                    onFocus={() => setActive(i)}
                    onClick={() => requestFocus('form', { path: item.path })}
                  >
                    {item.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
