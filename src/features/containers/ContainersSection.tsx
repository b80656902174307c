import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectContainer } from '../../document/actions';
import { containerLabel, selectContainers } from '../../document/selectors';
import { useDocumentStore } from '../../document/store';
import { addContainer, duplicateContainer, moveContainer, removeContainer } from '../../document/structure-actions';
import { focusWhenRendered } from '../../components/spec-form';
import { ContainerPanel } from './ContainerPanel';
import { selectShownContainer } from './shown-container';

/** The container list (add, duplicate, remove, reorder) and the panel of the selected container. */
export function ContainersSection() {
  const labels = useDocumentStore(useShallow((s) => selectContainers(s.doc).map(containerLabel)));
  const selected = useDocumentStore(selectShownContainer);
  const errorCounts = useDocumentStore(
    useShallow((s) =>
      labels.map(
        (_, i) =>
          s.issues.filter((issue) => issue.severity === 'error' && issue.path[0] === 'containerDefinitions' && issue.path[1] === i).length,
      ),
    ),
  );
  return (
    <section className="panel" aria-labelledby="containers-title">
      <div className="panel-header">
        <h2 id="containers-title">Containers</h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            addContainer();
            // The new container's name is selected, so typing replaces the generated one.
            const index = useDocumentStore.getState().selectedContainer;
            focusWhenRendered(`containerDefinitions.${index}.name`, { select: true });
          }}
        >
          Add container
        </button>
      </div>
      <ul className="item-list" aria-label="Containers">
        {labels.map((label, i) => (
          <ContainerItem
            key={i}
            index={i}
            label={label}
            selected={i === selected}
            errors={errorCounts[i] ?? 0}
            last={i === labels.length - 1}
          />
        ))}
      </ul>
      {labels.length === 0 ? (
        <p className="field-help">A task needs at least one container.</p>
      ) : (
        // One panel for every container: switching updates its DOM instead of rebuilding it (see ContainerPanel).
        <ContainerPanel index={selected} />
      )}
    </section>
  );
}

interface ContainerItemProps {
  index: number;
  label: string;
  selected: boolean;
  errors: number;
  last: boolean;
}

/** One container in the list; a switch re-renders only the two items whose selection changed. */
const ContainerItem = memo(function ContainerItem({ index, label, selected, errors, last }: ContainerItemProps) {
  return (
    <li className={selected ? 'item selected' : 'item'}>
      <button type="button" className="item-select" aria-current={selected ? 'true' : undefined} onClick={() => selectContainer(index)}>
        {label}
        {errors ? (
          <span className="badge badge-error" aria-label={`${errors} ${errors === 1 ? 'error' : 'errors'}`}>
            {errors}
          </span>
        ) : null}
      </button>
      <span className="item-actions">
        <button
          type="button"
          className="button-icon"
          aria-label={`Move ${label} up`}
          title="Move up"
          disabled={index === 0}
          onClick={() => moveContainer(index, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button-icon"
          aria-label={`Move ${label} down`}
          title="Move down"
          disabled={last}
          onClick={() => moveContainer(index, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button-icon"
          aria-label={`Duplicate ${label}`}
          title="Duplicate"
          onClick={() => duplicateContainer(index)}
        >
          Duplicate
        </button>
        <button type="button" className="button-icon" aria-label={`Remove ${label}`} title="Remove" onClick={() => removeContainer(index)}>
          ✕
        </button>
      </span>
    </li>
  );
});
