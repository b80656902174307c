import { useMemo } from 'react';
import { SpecForm } from '../../components/spec-form';
import type { VolumeKind } from '../../core/field-specs/volume';

/** The settings of volume `index` for its kind: the configuration object's fields, shown flat. */
export function VolumeConfig({ index, kind }: { index: number; kind: VolumeKind }) {
  const { field } = kind;
  const flat = field.kind === 'object';
  // Stable field lists: the form's subscription depends on them.
  const fields = useMemo(() => (field.kind === 'object' ? field.fields : [field]), [field]);
  const basePath = flat ? ['volumes', index, field.key] : ['volumes', index];
  return <SpecForm fields={fields} basePath={basePath} formId={`volume-${index}-${kind.id}`} />;
}
