import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { FieldGroup } from '../../components/spec-form';
import { containerBasics } from '../../core/field-specs/container';
import { sortEnvironment } from '../../document/container-actions';
import { asArray, asObject, selectContainers } from '../../document/selectors';
import { useDocumentStore } from '../../document/store';
import { addListItem } from '../../document/structure-actions';
import { EnvironmentRowRange } from './EnvironmentRowRange';
import { EnvPastePanel } from './EnvPastePanel';
import { FIRST_ROWS, SHOWN_ROWS, rowsToShow } from './first-rows';

interface RowsProps {
  index: number;
}

const SPEC = containerBasics.fields.find((field) => field.key === 'environment')!;

/**
 * The environment workbench: name/value rows with notes, paste from .env, sort by name, move to secrets.
 *
 * The first rows follow the shown container at once; the tail follows a deferred copy of the index, so
 * while another container is being shown it still holds the previous one's rows, unchanged (React skips
 * them) and hidden, until the background render replaces them. Typing is never deferred: each range
 * subscribes to the store itself. At most `limit` rows are shown (SHOWN_ROWS at first): the rest wait for
 * "Show more", an added row, or a focus request (a problem, the field search) for one of them.
 */
export function EnvironmentRows({ index }: RowsProps) {
  const count = useDocumentStore((s) => asArray(asObject(selectContainers(s.doc)[index]).environment).length);
  // -1 at first: on the first render the tail waits for the background render too.
  const tailIndex = useDeferredValue(index, -1);
  const pending = tailIndex !== index;
  const [pasting, setPasting] = useState(false);
  // The panel is reused for every container: the paste panel belongs to the one it was opened for.
  const [shownIndex, setShownIndex] = useState(index);
  const [limit, setLimit] = useState(SHOWN_ROWS);
  if (shownIndex !== index) {
    setShownIndex(index);
    setPasting(false);
    setLimit(SHOWN_ROWS);
  }
  useShowRequestedRow(index, setLimit);
  // A jump in the number of rows of the shown container (a pasted document: 1 -> 2,300) brings the new tail
  // rows in the background render too, so the store update that brought them stays short (issue 13). One added
  // row shows at once. During a switch the tail keeps the previous container's rows as they are (see above).
  const deferredCount = useDeferredValue(count);
  const tailTo = !pending && count > deferredCount + 1 ? Math.min(limit, Math.max(deferredCount, FIRST_ROWS)) : limit;
  const hidden = Math.max(0, count - limit);
  const pasteButton = useRef<HTMLButtonElement>(null);
  const closePaste = () => {
    setPasting(false);
    pasteButton.current?.focus();
  };
  const base = ['containerDefinitions', index, 'environment'];
  return (
    <FieldGroup label={SPEC.label} path={base} help={SPEC.help} docs={SPEC.docs} className="rows env-rows">
      {() => (
        <>
          <div className="rows-toolbar">
            <button ref={pasteButton} type="button" className="button" aria-expanded={pasting} onClick={() => setPasting((open) => !open)}>
              Paste .env
            </button>
            <button type="button" className="button" disabled={count < 2} onClick={() => sortEnvironment(index)}>
              Sort by name
            </button>
          </div>
          {pasting ? <EnvPastePanel index={index} onClose={closePaste} /> : null}
          <EnvironmentRowRange index={index} from={0} to={FIRST_ROWS} />
          {/* Until the background render: hidden (another container's rows are neither seen nor reached), and as
              tall as the rows to come (52 px each without notes, as .env-row), so what is below does not move. */}
          <div
            className="env-rows-tail"
            data-rows-pending={pending ? '' : undefined}
            style={pending ? { minHeight: `${Math.max(0, Math.min(count, limit) - FIRST_ROWS) * 52}px` } : undefined}
          >
            {tailIndex >= 0 ? <EnvironmentRowRange index={tailIndex} from={FIRST_ROWS} to={tailTo} /> : null}
          </div>
          {hidden > 0 ? (
            <p className="rows-more" role="status">
              Showing {limit} of {count} variables.{' '}
              <button type="button" className="button" onClick={() => setLimit((shown) => shown + SHOWN_ROWS)}>
                Show {Math.min(hidden, SHOWN_ROWS)} more
              </button>{' '}
              <button type="button" className="button" onClick={() => setLimit(count)}>
                Show all {count}
              </button>
            </p>
          ) : null}
          <button
            type="button"
            className="button"
            onClick={() => {
              // The new row is the last one: show it even when the list was cut short.
              setLimit((shown) => (count >= shown ? rowsToShow(count) : shown));
              addListItem(base, { name: '', value: '' });
            }}
          >
            Add environment variable
          </button>
        </>
      )}
    </FieldGroup>
  );
}

/** A focus request for a row beyond the shown ones (from the problems list or the field search) shows up to it. */
function useShowRequestedRow(index: number, setLimit: (update: (shown: number) => number) => void): void {
  useEffect(
    () =>
      useDocumentStore.subscribe(
        (s) => s.focusRequest,
        (request) => {
          const path = request?.path;
          if (request?.target !== 'form' || !path || path[0] !== 'containerDefinitions' || path[1] !== index) return;
          const row = path[3];
          if (path[2] === 'environment' && typeof row === 'number') setLimit((shown) => (row >= shown ? rowsToShow(row) : shown));
        },
      ),
    [index, setLimit],
  );
}
