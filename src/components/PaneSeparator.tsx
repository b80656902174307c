import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface PaneSeparatorProps {
  /** `vertical`: a line between left and right panes (moved with ←/→); `horizontal`: between top and bottom (↑/↓). */
  orientation: 'vertical' | 'horizontal';
  /** Names what it resizes, e.g. "Resize the forms and the JSON view". */
  label: string;
  /** Id of the pane whose size `value` is. */
  controls: string;
  value: number;
  min: number;
  max: number;
  /** One arrow key press; Shift moves five steps, Home and End go to the ends. */
  step: number;
  /** Converts a pointer drag (pixels right or down since it started) into a change of `value`. */
  valueForDrag: (pixels: number) => number;
  onChange: (value: number) => void;
  /** Ends of a drag or key press: where the sizes get remembered. */
  onCommit?: () => void;
  /** How `value` reads aloud, e.g. "52 percent". */
  valueText?: string;
}

/**
 * A focusable window splitter (WAI-ARIA "window splitter" pattern): drag it, or focus it and use the arrow
 * keys, Home and End. It only reports the new value; the layout that owns the panes applies it.
 */
export function PaneSeparator({
  orientation,
  label,
  controls,
  value,
  min,
  max,
  step,
  valueForDrag,
  onChange,
  onCommit,
  valueText,
}: PaneSeparatorProps) {
  const drag = useRef<{ start: number; value: number } | null>(null);
  const clamp = (next: number) => Math.round(Math.min(max, Math.max(min, next)) * 10) / 10;
  const along = (event: PointerEvent) => (orientation === 'vertical' ? event.clientX : event.clientY);

  const onKeyDown = (event: KeyboardEvent) => {
    const [less, more] = orientation === 'vertical' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    const amount = event.shiftKey ? step * 5 : step;
    let next: number;
    if (event.key === less) next = value - amount * Math.sign(valueForDrag(1));
    else if (event.key === more) next = value + amount * Math.sign(valueForDrag(1));
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    else return;
    event.preventDefault();
    onChange(clamp(next));
    onCommit?.();
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      className={`pane-separator pane-separator-${orientation}`}
      aria-orientation={orientation}
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={valueText}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { start: along(event), value };
        event.preventDefault();
      }}
      onPointerMove={(event) => {
        if (drag.current) onChange(clamp(drag.current.value + valueForDrag(along(event) - drag.current.start)));
      }}
      onPointerUp={(event) => {
        if (!drag.current) return;
        drag.current = null;
        event.currentTarget.releasePointerCapture(event.pointerId);
        onCommit?.();
      }}
    />
  );
}
