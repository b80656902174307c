import { useCallback, useMemo, useRef, useState, type ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FieldGroup } from '../../components/spec-form';
import { findDuplicateNames } from '../../core/env-file';
import { containerBasics } from '../../core/field-specs/container';
import { requestFocus } from '../../document/actions';
import { moveEnvironmentToSecrets, sortEnvironment } from '../../document/container-actions';
import { useDocumentStore } from '../../document/store';
import { addListItem } from '../../document/structure-actions';
import { fieldState, type FieldState } from '../../document/use-field-state';
import { environmentTexts } from './container-values';
import { EnvironmentRow } from './EnvironmentRow';
import { EnvPastePanel } from './EnvPastePanel';
import { requestSecretBuilder } from './secret-builder-request';

interface RowsProps {
  formId: string;
  index: number;
}

const SPEC = containerBasics.fields.find((field) => field.key === 'environment')!;

/** Flattened per row (name then value): issues, note, disabled, violated, each identity-stable, so a shallow compare suffices. */
const PARTS = 4;

/**
 * Issues and applicability of every row's name and value in one store subscription (rows are the most
 * numerous fields: one subscription per list instead of three per row), re-rendering only when one changes.
 */
function useRowStates(index: number, count: number): FieldState[] {
  const flat = useDocumentStore(
    useShallow((s) => {
      const out: unknown[] = [];
      for (let row = 0; row < count; row++) {
        for (const key of ['name', 'value']) {
          const path = ['containerDefinitions', index, 'environment', row, key];
          const state = fieldState(s, path, path.join('.'));
          out.push(state.issues, state.note, state.disabled, state.violated);
        }
      }
      return out;
    }),
  );
  const states: FieldState[] = [];
  for (let i = 0; i < flat.length; i += PARTS) {
    states.push({
      issues: flat[i] as FieldState['issues'],
      note: flat[i + 1] as FieldState['note'],
      disabled: flat[i + 2] as boolean,
      violated: flat[i + 3] as boolean,
    });
  }
  return states;
}

/**
 * The environment workbench: name/value rows with notes, paste from .env, sort by name, move to secrets.
 *
 * The rows are text boxes controlled by the document itself, not a form library: a commit updates the store
 * in the same event, so the box shows what was typed, and switching containers only hands new strings to
 * rows that are already there (they are the most numerous controls of the panel). Each row re-renders only
 * when its own texts, notes or issues change.
 */
export function EnvironmentRows({ formId, index }: RowsProps) {
  const texts = useDocumentStore(useShallow((s) => environmentTexts(s.doc, index)));
  const count = texts.length / 2;
  const [pasting, setPasting] = useState(false);
  // The panel is reused for every container: the paste panel belongs to the one it was opened for.
  const [shownIndex, setShownIndex] = useState(index);
  if (shownIndex !== index) {
    setShownIndex(index);
    setPasting(false);
  }
  const pasteButton = useRef<HTMLButtonElement>(null);
  const closePaste = () => {
    setPasting(false);
    pasteButton.current?.focus();
  };
  const base = useMemo(() => ['containerDefinitions', index, 'environment'], [index]);
  const names = useMemo(() => texts.filter((_, i) => i % 2 === 0), [texts]);
  const duplicates = useMemo(() => findDuplicateNames(names.map((name) => ({ name }))), [names]);
  const rowStates = useRowStates(index, count);
  const moveToSecrets = useCallback(
    (row: number) => {
      const secret = moveEnvironmentToSecrets(index, row);
      if (secret === undefined) return;
      const valueFrom = ['containerDefinitions', index, 'secrets', secret, 'valueFrom'];
      requestSecretBuilder(valueFrom);
      requestFocus('form', { path: valueFrom });
    },
    [index],
  );
  const rows: ReactElement[] = [];
  for (let row = 0; row < count; row++) {
    const name = texts[row * 2]!;
    const sameName = (duplicates.get(name) ?? []).filter((other) => other !== row).map((other) => other + 1);
    rows.push(
      <EnvironmentRow
        // By position: switching containers or sorting updates the rows in place instead of rebuilding them.
        key={row}
        formId={formId}
        base={base}
        row={row}
        name={name}
        value={texts[row * 2 + 1]!}
        sameNameRows={sameName.join(', ')}
        nameState={rowStates[row * 2]!}
        valueState={rowStates[row * 2 + 1]!}
        onMoveToSecrets={moveToSecrets}
      />,
    );
  }
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
          {pasting ? <EnvPastePanel index={index} existingNames={names} onClose={closePaste} /> : null}
          {rows}
          <button type="button" className="button" onClick={() => addListItem(base, { name: '', value: '' })}>
            Add environment variable
          </button>
        </>
      )}
    </FieldGroup>
  );
}
