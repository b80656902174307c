import { findDuplicateNames, looksSecret, type ParsedEnvFile } from '../../core/env-file';

interface EnvPastePreviewProps {
  parsed: ParsedEnvFile;
  existingNames: readonly string[];
}

/** What pasting will add, one line per variable with what to look at, and the lines that were not understood. */
export function EnvPastePreview({ parsed, existingNames }: EnvPastePreviewProps) {
  const { entries, problems } = parsed;
  if (entries.length === 0 && problems.length === 0) return null;
  const duplicates = findDuplicateNames(entries);
  const existing = new Set(existingNames);
  const notesOf = (i: number) => {
    const { name, value, line } = entries[i]!;
    const notes: string[] = [];
    const others = (duplicates.get(name) ?? []).filter((j) => j !== i).map((j) => entries[j]!.line);
    if (others.length) notes.push(`also on line ${others.join(', ')}`);
    if (existing.has(name)) notes.push('already defined');
    if (looksSecret(name, value)) notes.push('looks like a secret');
    for (const problem of problems) if (problem.line === line && problem.severity === 'warning') notes.push(problem.message);
    return notes;
  };
  const skipped = problems.filter((problem) => problem.severity === 'error');
  return (
    <div className="env-preview">
      {entries.length > 0 ? (
        <table className="env-preview-table" aria-label="Variables to add">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, i) => {
              const notes = notesOf(i);
              return (
                <tr key={i} className={notes.length ? 'env-preview-flagged' : undefined}>
                  <td className="env-preview-line">{entry.line}</td>
                  <td className="env-preview-code">{entry.name}</td>
                  <td className="env-preview-code" title={entry.value}>
                    {entry.value === '' ? <span className="env-preview-empty">(empty)</span> : entry.value}
                  </td>
                  <td className="env-preview-notes">{notes.join('; ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {skipped.length > 0 ? (
        <ul className="field-issues" aria-label="Lines not added">
          {skipped.map((problem) => (
            <li key={`${problem.line}:${problem.message}`} className="issue issue-error">
              <span className="issue-severity">skipped</span> Line {problem.line}: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
