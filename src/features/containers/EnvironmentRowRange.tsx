import { memo, useCallback, useMemo, type ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findDuplicateNames } from '../../core/env-file';
import { requestFocus } from '../../document/actions';
import { moveEnvironmentToSecrets } from '../../document/container-actions';
import { useDocumentStore } from '../../document/store';
import { fieldState, type FieldState } from '../../document/use-field-state';
import { environmentNames, environmentTexts } from './container-values';
import { EnvironmentRow } from './EnvironmentRow';
import { requestSecretBuilder } from './secret-builder-request';
import { otherRowsText } from './duplicate-rows';

interface RangeProps {
  /** Container index. */
  index: number;
  /** Rows `from` up to (not including) `to`. */
  from: number;
  to: number;
}

/** Flattened per row (name then value): issues, note, disabled, violated, each identity-stable, so a shallow compare suffices. */
const PARTS = 4;

/**
 * Issues and applicability of the rows' names and values in one store subscription (rows are the most
 * numerous fields: one subscription per range instead of three per row), re-rendering only when one changes.
 */
function useRowStates(index: number, from: number, to: number): FieldState[] {
  const flat = useDocumentStore(
    useShallow((s) => {
      const out: unknown[] = [];
      for (let row = from; row < to; row++) {
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
 * Environment rows `from`…`to` of container `index`. The rows are text boxes controlled by the document
 * itself, not a form library: a commit updates the store in the same event, so the box shows what was
 * typed, and showing another container only hands new strings to rows that are already there. A row
 * re-renders only when its own texts, notes or issues change.
 */
function EnvironmentRowRangeView({ index, from, to }: RangeProps) {
  // The whole list: a row's duplicate note names rows outside the range too.
  const texts = useDocumentStore(useShallow((s) => environmentTexts(s.doc, index)));
  const end = Math.min(to, texts.length / 2);
  const base = useMemo(() => ['containerDefinitions', index, 'environment'], [index]);
  const duplicates = useMemo(() => findDuplicateNames(environmentNames(texts).map((name) => ({ name }))), [texts]);
  const rowStates = useRowStates(index, from, Math.max(from, end));
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
  for (let row = from; row < end; row++) {
    const name = texts[row * 2]!;
    const sameName = otherRowsText(duplicates.get(name) ?? [], row);
    rows.push(
      <EnvironmentRow
        // By position: switching containers or sorting updates the rows in place instead of rebuilding them.
        key={row}
        base={base}
        row={row}
        name={name}
        value={texts[row * 2 + 1]!}
        sameNameRows={sameName}
        nameState={rowStates[(row - from) * 2]!}
        valueState={rowStates[(row - from) * 2 + 1]!}
        onMoveToSecrets={moveToSecrets}
      />,
    );
  }
  return <>{rows}</>;
}

/** A range whose props did not change is skipped entirely (the tail, while another container is being shown). */
export const EnvironmentRowRange = memo(EnvironmentRowRangeView);
