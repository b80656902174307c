import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { deepEqual } from '../core/deep-equal';
import type { JsonObject } from '../core/issues';
import { useDocumentStore } from './store';

/**
 * A react-hook-form form over part of the document. react-hook-form holds what the user is typing;
 * the store holds the document. The form starts from `toValues(doc)` and re-reads the document when it
 * changes for any reason but this form's own commits, and only when the values really differ
 * (react-hook-form's `values` prop would reset on every change, including the field being typed in).
 *
 * `toValues` must be stable (module-level or memoised): it is the subscription's selector.
 */
export function useDocumentForm<V extends FieldValues>(formId: string, toValues: (doc: JsonObject) => V): UseFormReturn<V> {
  const form = useForm<V>({ defaultValues: toValues(useDocumentStore.getState().doc) as DefaultValues<V> });
  const { getValues, reset } = form;
  useEffect(
    () =>
      useDocumentStore.subscribe(
        (s) => s.doc,
        (doc) => {
          const { lastChange } = useDocumentStore.getState();
          if (lastChange.origin === 'form' && lastChange.formId === formId) return;
          const next = toValues(doc);
          if (!deepEqual(next, getValues())) reset(next);
        },
      ),
    [formId, toValues, getValues, reset],
  );
  return form;
}
