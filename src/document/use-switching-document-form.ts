import { useEffect, useLayoutEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { deepEqual } from '../core/deep-equal';
import type { JsonObject } from '../core/issues';
import type { DocumentState } from './document-state';
import { useDocumentForm } from './use-document-form';
import { useDocumentStore } from './store';

/**
 * Where the part a switching form shows is chosen in the store (the selected container): `key` selects it
 * (a primitive, compared with `Object.is`), `toValues` gives the form values of that part of `doc`.
 */
export interface SwitchSource<V> {
  key: (s: DocumentState) => string | number;
  toValues: (key: string | number, doc: JsonObject) => V;
}

/**
 * `useDocumentForm` for a panel that shows different parts of the document without being remounted
 * (container 3, then container 7). Reusing the panel lets React update the existing DOM instead of
 * rebuilding it, which makes switching several times faster. `toValues` must be memoised on what it reads
 * (e.g. the index); `source`'s functions must be stable (module-level).
 *
 * With a `source`, the form is reset in the store's listener, before React renders the switch, so the
 * switch renders once, with the new values. Without one (or if the listener could not know, e.g. a parent
 * computed the part differently), the form is reset before paint when `toValues` changes; that costs a
 * second render of the panel. Either way the reset is skipped when the values already match.
 */
export function useSwitchingDocumentForm<V extends FieldValues>(
  formId: string,
  toValues: (doc: JsonObject) => V,
  source?: SwitchSource<V>,
): UseFormReturn<V> {
  const form = useDocumentForm(formId, toValues);
  const { getValues, reset } = form;
  useLayoutEffect(() => {
    const next = toValues(useDocumentStore.getState().doc);
    if (!deepEqual(next, getValues())) reset(next);
  }, [toValues, getValues, reset]);
  const sourceKey = source?.key;
  const sourceValues = source?.toValues;
  useEffect(() => {
    if (!sourceKey || !sourceValues) return undefined;
    return useDocumentStore.subscribe(sourceKey, (key) => {
      const next = sourceValues(key, useDocumentStore.getState().doc);
      if (!deepEqual(next, getValues())) reset(next);
    });
  }, [sourceKey, sourceValues, getValues, reset]);
  return form;
}
