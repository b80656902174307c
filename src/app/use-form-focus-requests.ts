import { useEffect } from 'react';
import { toFieldName } from '../core/paths';
import { selectContainer } from '../document/actions';
import { useDocumentStore } from '../document/store';

/** Focuses the form control of a requested path (from the problems list), selecting its container first. */
export function useFormFocusRequests(): void {
  useEffect(
    () =>
      useDocumentStore.subscribe(
        (s) => s.focusRequest,
        (request) => {
          if (!request || request.target !== 'form' || !request.path) return;
          const [first, index] = request.path;
          if (first === 'containerDefinitions' && typeof index === 'number') selectContainer(index);
          // After the container panel has rendered.
          requestAnimationFrame(() => {
            const element = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(toFieldName(request.path!))}"]`);
            element?.scrollIntoView({ block: 'center' });
            element?.focus();
          });
        },
      ),
    [],
  );
}
