import { discardBrokenEdits, requestFocus } from '../../document/actions';
import { useDocumentStore } from '../../document/store';
import { lineColumnAt } from '../../core/json-text';

/**
 * Shown while the JSON does not parse: where the first error is, a way to get there, and a way back to
 * the last valid text. The forms below show that last valid document, read-only.
 */
export function SyntaxBanner() {
  const error = useDocumentStore((s) => s.syntaxErrors[0]);
  const text = useDocumentStore((s) => s.text);
  if (!error) return null;
  const { line, column } = lineColumnAt(text, error.offset ?? 0);
  return (
    <div className="banner banner-error" role="alert" aria-label="JSON syntax error">
      <p>
        <strong>
          JSON syntax error at line {line}, column {column}
        </strong>{' '}
        — {error.message.replace(/^JSON syntax error at line \d+, column \d+: /, '')} The forms show the last valid version, read-only.
      </p>
      <div className="banner-actions">
        <button type="button" className="button" onClick={() => requestFocus('code', { offset: error.offset ?? 0 })}>
          Go to error
        </button>
        <button type="button" className="button" onClick={discardBrokenEdits}>
          Discard broken edits
        </button>
      </div>
    </div>
  );
}
