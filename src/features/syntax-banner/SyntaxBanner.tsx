import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { lineColumnAt } from '../../core/json-text';
import { discardBrokenEdits, replaceText, requestFocus } from '../../document/actions';
import { useDocumentStore } from '../../document/store';
import { useCommentFix } from './use-comment-fix';
import { useSettledSyntaxError } from './use-settled-syntax-error';

/**
 * Shown while the JSON cannot be used (after a pause when the user is typing): where the first error is,
 * a way to get there, and a way back to the last valid text. It floats over the top of the read-only forms
 * instead of taking a row of the page, so appearing and going never moves the editor or the forms.
 */
export function SyntaxBanner() {
  const error = useSettledSyntaxError();
  const withoutComments = useCommentFix(error);
  const [confirming, setConfirming] = useState(false);
  if (!error) return null;
  const isSyntax = error.ruleId === 'json-syntax';
  // Read the text only when there is an error, so the banner does not re-render on every keystroke.
  const { text, lastValidText } = useDocumentStore.getState();
  const { line, column } = lineColumnAt(text, error.offset ?? 0);
  return (
    <div className="banner banner-error syntax-banner" role="alert" aria-label="JSON syntax error">
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
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Discard broken edits
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title="Discard the broken edits?"
          confirmLabel="Discard edits"
          onConfirm={() => {
            setConfirming(false);
            discardBrokenEdits();
          }}
          onCancel={() => setConfirming(false)}
        >
          The JSON goes back to the last version that parsed ({lines(lastValidText)}), and the text with the error ({lines(text)}) is
          replaced. Undo ({undoKey}) brings it back.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

const undoKey = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘Z' : 'Ctrl+Z';

function lines(text: string): string {
  const count = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  return `${count} line${count === 1 ? '' : 's'}`;
}
