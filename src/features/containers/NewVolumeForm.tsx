import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { fieldApplicability } from '../../core/applicability';
import { volumeKinds } from '../../core/field-specs/volume';
import type { Path } from '../../core/paths';
import { selectVolumeNames, selectVolumes } from '../../document/selectors';
import { useDocumentStore } from '../../document/store';
import { uniqueName } from '../../document/structure-actions';
import { declareVolumeForMount } from '../../document/volume-actions';

const NAME_PATTERN = /^[A-Za-z0-9_-]{1,255}$/;

interface NewVolumeFormProps {
  /** `['containerDefinitions', i, 'mountPoints', row]`: the mount point that will use the new volume. */
  mountPath: Path;
  /** What the row is called, for the group's label ("Mount point 2"). */
  rowLabel: string;
  /** Closes the form; `created` says whether a volume was declared. */
  onClose: (created: boolean) => void;
}

/**
 * Declares a volume right where it is needed: name, type and (for a bind mount) the host path, under the
 * mount point row, without going to the Volumes panel. "Add volume" declares it and selects it for the
 * mount point in one undoable step; Escape or "Cancel" leave everything as it was.
 */
export function NewVolumeForm({ mountPath, rowLabel, onClose }: NewVolumeFormProps) {
  const id = useId();
  const names = useDocumentStore(useShallow((s) => selectVolumeNames(s.doc)));
  const [name, setName] = useState(() => uniqueName('data', selectVolumeNames(useDocumentStore.getState().doc)));
  const [kindId, setKindId] = useState<string>('host');
  const [hostPath, setHostPath] = useState('');
  const [tried, setTried] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  // The volume will be the next one: ask the launch type and OS about that index.
  const forbidden = useDocumentStore(
    useShallow((s) => {
      const next = selectVolumes(s.doc).length;
      return volumeKinds.map((kind) => fieldApplicability(s.doc, ['volumes', next, kind.key])?.status === 'forbidden');
    }),
  );
  const hostPathReason = useDocumentStore(
    (s) => fieldApplicability(s.doc, ['volumes', selectVolumes(s.doc).length, 'host', 'sourcePath'])?.reason,
  );
  const kind = volumeKinds.find((k) => k.id === kindId) ?? volumeKinds[0]!;
  const trimmed = name.trim();
  const error = !NAME_PATTERN.test(trimmed)
    ? 'Use 1 to 255 letters, digits, hyphens (-) or underscores (_).'
    : names.includes(trimmed)
      ? `A volume named “${trimmed}” exists already; pick it in the list or use another name.`
      : undefined;

  const submit = () => {
    setTried(true);
    if (error) return nameRef.current?.focus();
    const config = kind.id === 'host' ? (hostPath.trim() ? { sourcePath: hostPath.trim() } : {}) : kind.initial;
    if (declareVolumeForMount(mountPath, { name: trimmed, [kind.key]: config })) onClose(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(false);
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      submit();
    }
  };

  return (
    <div role="group" aria-label={`New volume for ${rowLabel.toLowerCase()}`} className="new-volume" onKeyDown={onKeyDown}>
      <div className="field">
        <label htmlFor={`${id}-name`}>Volume name</label>
        <input
          id={`${id}-name`}
          ref={nameRef}
          className="input"
          value={name}
          autoFocus
          spellCheck={false}
          autoComplete="off"
          aria-invalid={tried && error !== undefined}
          aria-describedby={tried && error ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {tried && error ? (
          <p id={`${id}-error`} className="field-issues issue-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Volume type</label>
        <select id={`${id}-kind`} className="input" value={kind.id} onChange={(event) => setKindId(event.target.value)}>
          {volumeKinds.map((other, i) => (
            <option key={other.id} value={other.id} disabled={forbidden[i]}>
              {other.label}
              {forbidden[i] ? ' (not allowed here)' : ''}
            </option>
          ))}
        </select>
      </div>
      {kind.id === 'host' ? (
        <div className="field">
          <label htmlFor={`${id}-host`}>Host source path</label>
          <input
            id={`${id}-host`}
            className="input"
            value={hostPath}
            placeholder={hostPathReason ? '(task storage)' : '/ecs/data (empty: Docker chooses)'}
            disabled={hostPathReason !== undefined}
            title={hostPathReason}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setHostPath(event.target.value)}
          />
        </div>
      ) : (
        <p className="field-help new-volume-note">Its settings ({kind.label}) are filled in under Volumes.</p>
      )}
      <div className="new-volume-actions">
        <button type="button" className="button button-primary" onClick={submit}>
          Add volume
        </button>
        <button type="button" className="button" onClick={() => onClose(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
