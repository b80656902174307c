import { useLayoutEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { JsonObject } from '../core/issues';
import { useDocumentForm } from './use-document-form';
import { useDocumentStore } from './store';

/**
 * `useDocumentForm` for a panel that shows different parts of the document without being remounted
 * (container 3, then container 7): when `toValues` changes, the form is reset to the new values before
 * paint. Reusing the panel lets React update the existing DOM instead of rebuilding it, which makes
 * switching several times faster. `toValues` must be memoised on what it reads (e.g. the index).
 */
export function useSwitchingDocumentForm<V extends FieldValues>(formId: string, toValues: (doc: JsonObject) => V): UseFormReturn<V> {
  const form = useDocumentForm(formId, toValues);
  const shown = useRef(toValues);
  const { reset } = form;
  useLayoutEffect(() => {
    if (shown.current === toValues) return;
    shown.current = toValues;
    reset(toValues(useDocumentStore.getState().doc));
  }, [toValues, reset]);
  return form;
}
