import { useCallback } from 'react';
import { SpecField, useSpecForm } from '../../components/spec-form';
import { containerBasics } from '../../core/field-specs/container';
import type { FieldSpec } from '../../core/field-specs/types';
import type { JsonObject } from '../../core/issues';
import type { DocumentState } from '../../document/document-state';
import { useSwitchingDocumentForm, type SwitchSource } from '../../document/use-switching-document-form';
import { toContainerValues, type ContainerValues } from './container-values';
import { ContainerSections } from './ContainerSections';
import { EnvironmentRows } from './EnvironmentRows';
import { MountPointRows } from './MountPointRows';
import { PortMappingRows } from './PortMappingRows';
import { ShellCommandField } from './ShellCommandField';
import { selectShownContainer } from './shown-container';
import './containers.css';

const basic = (key: string) => containerBasics.fields.find((field) => field.key === key)!;
const shellSpec = (key: string) => basic(key) as Extract<FieldSpec, { kind: 'shell' }>;
/** The scalar basics, in one form (module-level: the form's subscription depends on the list). */
/** The panel's forms follow the selected container in the store (reset before React renders a switch). */
const SHOWN_BASE = (s: DocumentState) => `containerDefinitions.${selectShownContainer(s)}`;
const SHOWN_ROWS: SwitchSource<ContainerValues> = {
  key: selectShownContainer,
  toValues: (index, doc) => toContainerValues(doc, Number(index)),
};
const SCALARS: readonly FieldSpec[] = [
  'name',
  'essential',
  'image',
  'cpu',
  'memory',
  'memoryReservation',
  'command',
  'entryPoint',
  'workingDirectory',
].map(basic);

/**
 * Container `index`: the common fields open at the top, the rest in collapsed sections. The same panel shows
 * every container: when `index` changes its forms are reset to the new container before paint and React
 * updates the existing DOM (rows are keyed by position), which is several times cheaper than a remount.
 * State that belongs to one container (paste panel, shell-line mode) is reset where it lives.
 */
export function ContainerPanel({ index }: { index: number }) {
  const formId = `container-${index}`;
  const basePath = ['containerDefinitions', index];
  const scalarsId = `${formId}-basics`;
  const scalars = useSpecForm(scalarsId, basePath, SCALARS, SHOWN_BASE);
  const toValues = useCallback((doc: JsonObject) => toContainerValues(doc, index), [index]);
  const rows = useSwitchingDocumentForm(formId, toValues, SHOWN_ROWS);
  const field = (key: string) => <SpecField spec={basic(key)} form={scalars} formId={scalarsId} path={[...basePath, key]} name={key} />;
  return (
    <div className="container-panel" data-anchor={`containerDefinitions.${index}`}>
      <div className="field-row container-name-row">
        {field('name')}
        {field('essential')}
      </div>
      {field('image')}
      <div className="field-row">
        {field('cpu')}
        {field('memory')}
        {field('memoryReservation')}
      </div>
      <PortMappingRows form={rows} formId={formId} index={index} />
      <EnvironmentRows index={index} />
      <MountPointRows form={rows} formId={formId} index={index} />
      <ShellCommandField spec={shellSpec('command')} path={[...basePath, 'command']} />
      <ShellCommandField spec={shellSpec('entryPoint')} path={[...basePath, 'entryPoint']} />
      {field('workingDirectory')}
      <ContainerSections index={index} />
    </div>
  );
}
