import { useMemo } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { FieldSpec } from '../../core/field-specs/types';
import type { JsonObject } from '../../core/issues';
import { fromFieldName, getAtPath, toFieldName, type Path } from '../../core/paths';
import type { DocumentState } from '../../document/document-state';
import { useSwitchingDocumentForm, type SwitchSource } from '../../document/use-switching-document-form';
import { specValues, type SpecValues } from './spec-values';

/**
 * One react-hook-form form over `fields` of the object at `basePath`, synced with the document (it re-reads
 * the document on changes it did not make). `fields` must be stable (module-level specs are).
 *
 * When `basePath` changes (another container shown in the same panel, without remounting it), the form
 * is reset to the new object's values before paint, so switching reuses the DOM instead of rebuilding it.
 */
export function useSpecForm(
  formId: string,
  basePath: Path,
  fields: readonly FieldSpec[],
  /** Selects `basePath` (as a field name) from the store, so the form resets before React renders a switch. Stable. */
  followBase?: (s: DocumentState) => string,
): UseFormReturn<SpecValues> {
  const baseKey = toFieldName(basePath);
  const toValues = useMemo(() => {
    const base = fromFieldName(baseKey);
    return (doc: JsonObject) => specValues(fields, getAtPath(doc, base) as JsonObject | undefined);
  }, [baseKey, fields]);
  const source = useMemo<SwitchSource<SpecValues> | undefined>(
    () =>
      followBase && {
        key: followBase,
        toValues: (key, doc) => specValues(fields, getAtPath(doc, fromFieldName(String(key))) as JsonObject | undefined),
      },
    [followBase, fields],
  );
  return useSwitchingDocumentForm(formId, toValues, source);
}
