/**
 * # spec-form: forms rendered from field specs
 *
 * Renders `SectionSpec`/`FieldSpec` (src/core/field-specs/types.ts) as controls that commit every keystroke
 * to the document (`setField`, a minimal JSON edit) and re-read it when something else changes it.
 *
 * ```tsx
 * import { SpecSection, SpecForm } from '../../components/spec-form';
 *
 * // A collapsible section (<details>), collapsed unless `section.open`; fields render only while open.
 * <SpecSection section={healthCheckSection} basePath={['containerDefinitions', index]} formId={`container-${index}-health`} />
 *
 * // The same fields without the collapsible frame (e.g. a volume's EFS settings).
 * <SpecForm fields={efsFields} basePath={['volumes', index]} formId={`volume-${index}-config`} />
 * ```
 *
 * - `basePath` is the JSON path of the object holding `section.fields`; each control's `data-path` is
 *   `basePath + key` (+ index / map key), e.g. `containerDefinitions.0.healthCheck.interval`.
 * - `formId` must be unique on the page (one react-hook-form form per section / SpecForm); it is passed to
 *   `setField` so the form does not re-read its own edits.
 * - `basePath` may change without a remount (container 3 → 7): the form resets to the new object's values
 *   before paint and React reuses the DOM, several times faster than a `key` remount. Panels with their
 *   own forms get the same from `useSwitchingDocumentForm` (src/document/use-switching-document-form.ts).
 * - `section.fields` must be a stable (module-level) array.
 * - Every control has a visible label, the spec's one-line `help`, an "API reference" link (`docs`), the
 *   issues at its path (`useIssuesAt`) and the launch-type/network-mode note (`useFieldState`):
 *   forbidden and empty → disabled; forbidden with a value → editable and marked, so it can be cleared.
 * - Kinds: text / number / shell → text box (`fromInputText`; a non-integer number is kept as typed);
 *   boolean → three-state select, or a checkbox when the spec has `default`; enum → select ("not set"
 *   removes the key; options the launch type forbids are disabled); enum-list → check boxes (data-path = the
 *   list's path on each); string-list / number-list → rows (data-path `path.i`); map → key/value rows (value
 *   data-path `path.key`, key data-path `path.key#key`; renaming keeps the order); object → a group;
 *   object-list → rows or cards (`layout`) with Add (`newItem`) and Remove.
 * - Lists, maps and groups carry `data-anchor` = their JSON path, so a focus request for a row that does not
 *   exist yet lands on the group. Closed sections carry `data-field-paths` (space-separated) for the same reason.
 * - Custom controls: pass them as `children` of `SpecSection` (rendered after the spec fields), or use
 *   `SpecFields`/`SpecField` with your own `useSpecForm` form.
 */
import './spec-form.css';

export { SpecSection } from './SpecSection';
export { SpecForm } from './SpecForm';
export { SpecFields } from './SpecFields';
export { SpecField } from './SpecField';
export { FieldGroup } from './FieldGroup';
export { useSpecForm } from './use-spec-form';
export { focusWhenRendered } from './focus-path';
export { specValues, fieldValue } from './spec-values';
export type { SpecFieldProps } from './spec-field-props';
