/**
 * Changes a form control the way a user would, for the coverage test: types into a text box (a number
 * goes up by one, text gets an "x"), picks another option in a select, toggles a checkbox (in a group of
 * check boxes, unchecks the checked one; in a radio group, picks another choice).
 */
import { fireEvent } from '@testing-library/react';

export function editControl(controls: HTMLElement[]): string | null {
  const isBox = (c: HTMLElement, type: string) => c instanceof HTMLInputElement && c.type === type;
  const control =
    controls.find((c) => isBox(c, 'checkbox') && (c as HTMLInputElement).checked) ??
    controls.find((c) => isBox(c, 'radio') && !(c as HTMLInputElement).checked && !(c as HTMLInputElement).disabled) ??
    controls[0];
  if (!control) return 'no control';
  if ((control as HTMLInputElement).disabled) return 'disabled';
  if (control instanceof HTMLSelectElement) {
    const options = [...control.options].filter((option) => !option.disabled && option.value !== control.value);
    const next = options.find((option) => option.value !== '') ?? options[0];
    if (!next) return 'no other option';
    fireEvent.change(control, { target: { value: next.value } });
    return null;
  }
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
    fireEvent.click(control);
    return null;
  }
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    const current = control.value;
    const next = /^-?\d+$/.test(current.trim()) ? String(Number(current) + 1) : `${current}x`;
    fireEvent.change(control, { target: { value: next } });
    return null;
  }
  return `unsupported control <${control.tagName.toLowerCase()}>`;
}
