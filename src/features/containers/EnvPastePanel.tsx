import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { parseEnvFile } from '../../core/env-file';
import { appendEnvironment } from '../../document/container-actions';
import { useDocumentStore } from '../../document/store';
import { environmentNames, environmentTexts } from './container-values';
import { EnvPastePreview } from './EnvPastePreview';

interface EnvPastePanelProps {
  /** Container index. */
  index: number;
  onClose: () => void;
}

const EXAMPLE = `# Paste .env text, e.g.
export NODE_ENV=production
DATABASE_URL="postgres://db:5432/app"
GREETING='hello # not a comment'`;

/** Paste `.env` text, see what will be added and which lines have problems, then add it in one step. */
export function EnvPastePanel({ index, onClose }: EnvPastePanelProps) {
  // Names the container already has, to point out what would be defined twice.
  const existingNames = useDocumentStore(useShallow((s) => environmentNames(environmentTexts(s.doc, index))));
  const id = useId();
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseEnvFile(text), [text]);
  const count = parsed.entries.length;
  const add = () => {
    if (appendEnvironment(index, parsed.entries)) onClose();
  };
  return (
    <div className="env-paste" role="region" aria-label="Paste .env" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <label htmlFor={`${id}-text`} className="env-paste-label">
        .env text
      </label>
      <textarea
        id={`${id}-text`}
        className="input input-code env-paste-text"
        rows={6}
        spellCheck={false}
        autoFocus
        placeholder={EXAMPLE}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-help`}
      />
      <p id={`${id}-help`} className="field-help">
        NAME=value per line; # comments, export and quotes are understood. Nothing is added until you press Add.
      </p>
      <EnvPastePreview parsed={parsed} existingNames={existingNames} />
      <div className="env-paste-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={count === 0} onClick={add}>
          {count === 1 ? 'Add 1 variable' : `Add ${count} variables`}
        </button>
      </div>
    </div>
  );
}
