import { formatChange, groupChanges, type Change } from '../../core/diff';

/** The changes by meaning, grouped by the task and each container; each one takes the user to its field. */
export function ChangeList({ changes, onSelect }: { changes: Change[]; onSelect: (change: Change) => void }) {
  if (changes.length === 0) return <p className="compare-none">No changes by meaning.</p>;
  return (
    <div className="compare-changes">
      <p className="field-help" role="status">
        {changes.length} change{changes.length === 1 ? '' : 's'} by meaning (key order, formatting, read-only fields and defaults are
        ignored).
      </p>
      {groupChanges(changes).map(({ group, changes: list }) => (
        <section key={group} aria-label={group}>
          <h3 className="compare-group">{group === 'task' ? 'Task' : group.replace(/^container /, 'Container ')}</h3>
          <ul className="compare-list">
            {list.map((change, i) => (
              <li key={i} className={`compare-change compare-${change.kind}`}>
                <button type="button" className="compare-link" onClick={() => onSelect(change)} disabled={change.newPath === null}>
                  {formatChange(change)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
