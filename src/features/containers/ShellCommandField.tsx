import { useMemo, useState } from 'react';
import { SpecForm } from '../../components/spec-form';
import type { FieldSpec } from '../../core/field-specs/types';
import type { JsonObject } from '../../core/issues';
import { fromFieldName, getAtPath, toFieldName, type Path } from '../../core/paths';
import { toInputText } from '../../components/form-values';
import { useSwitchingDocumentForm } from '../../document/use-switching-document-form';
import { useDocumentStore } from '../../document/store';
import { LISTED_ARGS, ShellLineInput } from './ShellLineInput';

type ShellSpec = Extract<FieldSpec, { kind: 'shell' }>;
type RowsSpec = Extract<FieldSpec, { kind: 'string-list' }>;

/** The same field as argument rows (one spec object per shell spec, so the rows form stays stable). */
const rowsSpecs = new WeakMap<ShellSpec, RowsSpec[]>();
function rowsSpecOf(spec: ShellSpec): RowsSpec[] {
  let specs = rowsSpecs.get(spec);
  if (!specs) {
    specs = [{ ...spec, kind: 'string-list', itemLabel: 'Argument', help: `${spec.label}: one argument per row, passed as is.` }];
    rowsSpecs.set(spec, specs);
  }
  return specs;
}

/**
 * A string array (command, entry point, health check command) typed as one shell line, split the way a
 * shell would and shown back as the argument list it becomes; or, one click away, edited as rows.
 */
export function ShellCommandField({ spec, path }: { spec: ShellSpec; path: Path }) {
  const [asRows, setAsRows] = useState(false);
  const key = toFieldName(path);
  // Reused for another container's field (the panel is not remounted): start again as one line, as a new field would.
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setAsRows(false);
  }
  const toValues = useMemo(() => {
    const at = fromFieldName(key);
    return (doc: JsonObject) => ({ line: toInputText(getAtPath(doc, at) as JsonObject[string] | undefined, 'shell') });
  }, [key]);
  // Thousands of arguments as rows would be thousands of text boxes rendered at once: such a command stays one line.
  const tooMany = useDocumentStore((s) => {
    const value = getAtPath(s.doc, fromFieldName(key));
    return Array.isArray(value) && value.length > LISTED_ARGS;
  });
  const rows = asRows && !tooMany;
  const formId = `shell:${key}`;
  const form = useSwitchingDocumentForm(formId, toValues);
  const toggle = (
    <button
      type="button"
      className="button-link shell-mode"
      aria-pressed={rows}
      disabled={tooMany}
      title={tooMany ? `More than ${LISTED_ARGS} arguments: edit them as one line or in the JSON view` : undefined}
      onClick={() => setAsRows((rows) => !rows)}
    >
      {rows ? 'Edit as one line' : 'Edit as rows'}
    </button>
  );
  if (rows) {
    return (
      <div className="shell-field">
        {toggle}
        <SpecForm fields={rowsSpecOf(spec)} basePath={path.slice(0, -1)} formId={`${formId}:rows`} />
      </div>
    );
  }
  return (
    <div className="shell-field">
      {toggle}
      <ShellLineInput form={form} formId={formId} path={path} spec={spec} />
    </div>
  );
}
