import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Change } from '../../core/diff';
import type { JsonObject } from '../../core/issues';
import { requestFocus } from '../../document/actions';
import { useBaselines } from '../../document/baselines';
import { useDocumentStore } from '../../document/store';
import { readFileText } from '../import-export/read-file';
import { ChangeList } from './ChangeList';
import { useDiffCore } from './use-diff-core';
import './compare.css';

const SideBySideDiff = lazy(() => import('../code-editor/SideBySideDiff').then((m) => ({ default: m.SideBySideDiff })));

type Against = 'imported' | 'downloaded' | 'other';

/**
 * Compare the document with the version it was imported from, its last download, or another revision pasted or
 * opened (e.g. describe-task-definition of the running one): changes by meaning, grouped by container, each a link
 * to its field; and the side-by-side diff of the normalised JSON.
 */
export function CompareDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { imported, downloaded } = useBaselines();
  const [against, setAgainst] = useState<Against>(imported ? 'imported' : downloaded ? 'downloaded' : 'other');
  const [otherText, setOtherText] = useState('');
  const [sideBySide, setSideBySide] = useState(false);
  const current = useDocumentStore((s) => s.doc);
  const core = useDiffCore();
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  const other = useMemo(() => (core && otherText.trim() !== '' ? core.restoreTaskDefinition(otherText) : null), [core, otherText]);
  const base: JsonObject | null =
    against === 'imported' ? (imported?.doc ?? null) : against === 'downloaded' ? (downloaded?.doc ?? null) : other?.ok ? other.doc : null;
  const changes = useMemo(() => (core && base ? core.diffTaskDefinitions(base, current) : null), [core, base, current]);

  const goTo = (change: Change) => {
    const path = change.newPath ?? change.oldPath?.slice(0, 2) ?? [];
    onClose();
    requestFocus('form', { path: change.newPath ? path : [] });
  };
  const choice = (value: Against, label: string, disabled: boolean) => (
    <label className="compare-choice">
      <input
        type="radio"
        name="compare-against"
        value={value}
        checked={against === value}
        disabled={disabled}
        onChange={() => setAgainst(value)}
      />{' '}
      {label}
    </label>
  );

  return (
    <dialog ref={ref} className="dialog dialog-compare" aria-labelledby="compare-title" onCancel={onClose}>
      <h2 id="compare-title">Compare</h2>
      <fieldset className="compare-against">
        <legend>Compare the document with</legend>
        {choice('imported', imported ? `the version ${imported.label}` : 'the imported version (nothing imported yet)', !imported)}
        {choice('downloaded', downloaded ? `the version ${downloaded.label}` : 'the last download (nothing downloaded yet)', !downloaded)}
        {choice('other', 'another revision, pasted or opened (e.g. describe-task-definition output)', false)}
      </fieldset>
      {against === 'other' ? (
        <div className="compare-other">
          <label htmlFor="compare-text">Other revision</label>
          <textarea
            id="compare-text"
            className="input import-text"
            rows={5}
            spellCheck={false}
            value={otherText}
            onChange={(e) => setOtherText(e.target.value)}
            aria-invalid={other?.ok === false}
            aria-describedby={other?.ok === false ? 'compare-text-error' : undefined}
          />
          <label htmlFor="compare-file">Or open a file</label>{' '}
          <input
            id="compare-file"
            type="file"
            accept=".json,.yaml,.yml,application/json,text/yaml"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setOtherText(await readFileText(file));
            }}
          />
          {other?.ok === false ? (
            <p id="compare-text-error" className="field-error" role="alert">
              {other.line !== undefined ? `Line ${other.line}, column ${other.column}: ` : ''}
              {other.message}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="compare-body">
        {changes === null ? (
          <p className="field-help">{core ? 'Choose or paste the version to compare with.' : 'Loading…'}</p>
        ) : sideBySide && core && base ? (
          <div className="compare-side-by-side" aria-label="Side-by-side diff of the normalised JSON">
            <Suspense fallback={<p className="field-help">Loading the diff view…</p>}>
              <SideBySideDiff original={core.normalisedJson(base)} modified={core.normalisedJson(current)} />
            </Suspense>
          </div>
        ) : (
          <ChangeList changes={changes} onSelect={goTo} />
        )}
      </div>
      <div className="dialog-actions">
        <label className="compare-choice">
          <input type="checkbox" checked={sideBySide} onChange={(e) => setSideBySide(e.target.checked)} disabled={changes === null} /> Side
          by side (normalised JSON)
        </label>
        <button type="button" className="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
