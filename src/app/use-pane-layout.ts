import { useCallback, useState } from 'react';

/** Where the pane sizes are remembered between visits (this browser only). */
export const LAYOUT_KEY = 'ecs-taskdef-editor:layout';

export interface PaneLayout {
  /** Width of the forms pane, percent of the workspace (the JSON view takes the rest). */
  formsPercent: number;
  /** Height of the Problems panel in pixels, when it is open. */
  problemsHeight: number;
  /** The Problems panel shows only its header line. */
  problemsCollapsed: boolean;
}

export const FORMS_PERCENT = { min: 25, max: 75, initial: 50 } as const;
export const PROBLEMS_HEIGHT = { min: 80, max: 480, initial: 168 } as const;

const INITIAL: PaneLayout = {
  formsPercent: FORMS_PERCENT.initial,
  problemsHeight: PROBLEMS_HEIGHT.initial,
  problemsCollapsed: false,
};

function load(): PaneLayout {
  try {
    const raw = globalThis.localStorage?.getItem(LAYOUT_KEY);
    const saved = (raw ? JSON.parse(raw) : {}) as Partial<PaneLayout>;
    const number = (value: unknown, range: { min: number; max: number; initial: number }) =>
      typeof value === 'number' && value >= range.min && value <= range.max ? value : range.initial;
    return {
      formsPercent: number(saved.formsPercent, FORMS_PERCENT),
      problemsHeight: number(saved.problemsHeight, PROBLEMS_HEIGHT),
      problemsCollapsed: saved.problemsCollapsed === true,
    };
  } catch {
    return INITIAL; // unreadable or disabled storage: the default layout
  }
}

/** The pane sizes, and setters; `save` writes them (after a drag or key press, not on every pointer move). */
export function usePaneLayout() {
  const [layout, setLayout] = useState(load);
  const update = useCallback((part: Partial<PaneLayout>) => setLayout((current) => ({ ...current, ...part })), []);
  const save = useCallback((part: Partial<PaneLayout> = {}) => {
    setLayout((current) => {
      const next = { ...current, ...part };
      try {
        localStorage.setItem(LAYOUT_KEY, JSON.stringify(next));
      } catch {
        // storage full or disabled: the layout is simply not remembered
      }
      return next;
    });
  }, []);
  return { layout, update, save };
}
