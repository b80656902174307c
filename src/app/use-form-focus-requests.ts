import { useEffect } from 'react';
import { attributeSelector } from '../components/spec-form/focus-path';
import { toFieldName, type Path } from '../core/paths';
import { selectContainer } from '../document/actions';
import { onRevealInForms } from '../document/form-reveal';
import { useDocumentStore } from '../document/store';

/** How many frames a reveal may wait for sections to open and render. */
const MAX_FRAMES = 30;

function byAttribute(attribute: 'data-path' | 'data-anchor', value: string): HTMLElement | null {
  const selector = attributeSelector(attribute, value);
  // A radio group shares one path: land on its checked choice, as the keyboard would.
  return document.querySelector<HTMLElement>(`${selector}:checked`) ?? document.querySelector<HTMLElement>(selector);
}

function isPrefix(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

/** Opens closed sections whose fields contain `target`; true when it opened one. */
function openSectionsFor(target: string): boolean {
  let opened = false;
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-field-paths]:not([open])')) {
    const paths = details.dataset.fieldPaths?.split(' ') ?? [];
    if (paths.some((path) => isPrefix(path, target))) {
      details.open = true;
      opened = true;
    }
  }
  return opened;
}

function openEnclosingDetails(element: HTMLElement): void {
  for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
    if (!details.open) details.open = true;
  }
}

function focusElement(element: HTMLElement, focus = true): void {
  openEnclosingDetails(element);
  const focusable = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)');
  // A tall target (a whole container panel) centred would put its first field off screen: scroll to that field.
  const tall = element.offsetHeight > document.documentElement.clientHeight / 2;
  (tall && focusable ? focusable : element).scrollIntoView({ block: focus ? 'center' : 'nearest' });
  if (focus) focusable?.focus({ preventScroll: true });
  // A short highlight shows where the jump landed (styled in spec-form.css).
  const highlighted = element.closest<HTMLElement>('.field, .spec-group') ?? element;
  highlighted.classList.remove('revealed');
  void highlighted.offsetWidth; // restart the animation when the same field is revealed twice
  highlighted.classList.add('revealed');
  setTimeout(() => highlighted.classList.remove('revealed'), 1500);
}

/** The control of the longest prefix of `path` that is on the page (a list's group when the row is missing). */
function nearestAnchor(path: Path): HTMLElement | null {
  for (let length = path.length - 1; length > 0; length--) {
    const name = toFieldName(path.slice(0, length));
    const element = byAttribute('data-path', name) ?? byAttribute('data-anchor', name);
    if (element) return element;
  }
  return null;
}

/**
 * Reveals the control of a JSON path: opens the collapsed sections that hold it (they render their fields
 * only when open), waits for it to render, scrolls to it and focuses it. When the exact control does not
 * exist (a row that is not there yet), it lands on the nearest enclosing list or group.
 */
function revealField(path: Path, focus = true): void {
  const target = toFieldName(path);
  let frames = 0;
  let lastOpened = 0;
  const step = () => {
    frames++;
    const element = byAttribute('data-path', target) ?? byAttribute('data-anchor', target);
    if (element) return focusElement(element, focus);
    // A long list renders its last rows in the background (EnvironmentRows): wait for them like for a section.
    if (openSectionsFor(target) || document.querySelector('[data-rows-pending]')) lastOpened = frames;
    else if (frames - lastOpened >= 2 || frames >= MAX_FRAMES) {
      const anchor = nearestAnchor(path);
      if (anchor) focusElement(anchor, focus);
      return;
    }
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/**
 * Focuses the form control of a requested path (from the problems list or the field search): selects its
 * container first, opens the collapsed sections around it, then focuses it.
 */
export function useFormFocusRequests(): void {
  useEffect(
    () =>
      useDocumentStore.subscribe(
        (s) => s.focusRequest,
        (request) => {
          if (!request || request.target !== 'form' || !request.path) return;
          const [first, index] = request.path;
          if (first === 'containerDefinitions' && typeof index === 'number') selectContainer(index);
          revealField(request.path);
        },
      ),
    [],
  );
  // The JSON view's caret moved: show the same place in the forms, leaving the focus in the JSON.
  useEffect(() => onRevealInForms((path) => revealField(path, false)), []);
}
