import { lineColumnAt } from '../../core/json-text';
import { discardBrokenEdits, replaceText, requestFocus } from '../../document/actions';
import { useDocumentStore } from '../../document/store';
import { useCommentFix } from './use-comment-fix';

/**
 * Shown while the JSON cannot be used: where the first error is, a way to get there, and a way back to
 * the last valid text. The forms below show that last valid document, read-only.
 */
export function SyntaxBanner() {
  const error = useDocumentStore((s) => s.syntaxErrors[0]);
  const withoutComments = useCommentFix(error);
  if (!error) return null;
  const isSyntax = error.ruleId === 'json-syntax';
  // Read the text only when there is an error, so the banner does not re-render on every keystroke.
  const { line, column } = lineColumnAt(useDocumentStore.getState().text, error.offset ?? 0);
  return (
    <div className="banner banner-error" role="alert" aria-label="JSON syntax error">
      <p>
        <strong>{isSyntax ? `JSON syntax error at line ${line}, column ${column}` : 'The JSON cannot be used'}</strong> —{' '}
        {isSyntax ? error.message.replace(/^JSON syntax error at line \d+, column \d+: /, '') : error.message} The forms show the last valid
        version, read-only.
      </p>
      <div className="banner-actions">
        <button type="button" className="button" onClick={() => requestFocus('code', { offset: error.offset ?? 0 })}>
          Go to error
        </button>
        {withoutComments ? (
          <button type="button" className="button" onClick={() => replaceText(withoutComments)}>
            Remove comments and trailing commas
          </button>
        ) : null}
        <button type="button" className="button" onClick={discardBrokenEdits}>
          Discard broken edits
        </button>
      </div>
    </div>
  );
}
