import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { fieldApplicability } from '../../core/applicability';
import { apiDocs } from '../../core/field-specs/docs';
import { volumeKinds, type VolumeKind } from '../../core/field-specs/volume';
import { useDocumentStore } from '../../document/store';
import { changeVolumeKind } from './volume-kind';

/** The volume type chooser; kinds the launch type or OS forbids are disabled, with the reason as a tooltip. */
export function VolumeKindSelect({ index, kind }: { index: number; kind: VolumeKind }) {
  const id = useId();
  const reasons = useDocumentStore(
    useShallow((s) => volumeKinds.map((other) => fieldApplicability(s.doc, ['volumes', index, other.key])?.reason ?? '')),
  );
  const forbidden = useDocumentStore(
    useShallow((s) => volumeKinds.map((other) => fieldApplicability(s.doc, ['volumes', index, other.key])?.status === 'forbidden')),
  );
  return (
    <div className="field volume-kind">
      <div className="field-head">
        <label htmlFor={id}>Volume type</label>
      </div>
      <select
        id={id}
        className="input"
        data-path={`volumes.${index}#type`}
        aria-describedby={`${id}-help`}
        value={kind.id}
        onChange={(event) => {
          const next = volumeKinds.find((other) => other.id === event.target.value);
          if (next) changeVolumeKind(index, next);
        }}
      >
        {volumeKinds.map((other, i) => (
          <option key={other.id} value={other.id} disabled={forbidden[i] && other.id !== kind.id} title={reasons[i] || undefined}>
            {other.label}
            {forbidden[i] ? ' (not allowed here)' : ''}
          </option>
        ))}
      </select>
      <p className="field-help">
        <span id={`${id}-help`}>Where the data lives; switching drops the other type&apos;s settings.</span>{' '}
        <a className="field-docs" href={apiDocs('Volume')} target="_blank" rel="noreferrer" title="AWS API reference for Volume">
          API reference
        </a>
      </p>
    </div>
  );
}
