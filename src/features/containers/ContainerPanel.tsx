import { useCallback } from 'react';
import { SpecField, useSpecForm } from '../../components/spec-form';
import { containerBasics } from '../../core/field-specs/container';
import type { FieldSpec } from '../../core/field-specs/types';
import type { JsonObject } from '../../core/issues';
import { useDocumentForm } from '../../document/use-document-form';
import { toContainerValues } from './container-values';
import { ContainerSections } from './ContainerSections';
import { EnvironmentRows } from './EnvironmentRows';
import { MountPointRows } from './MountPointRows';
import { PortMappingRows } from './PortMappingRows';
import { ShellCommandField } from './ShellCommandField';
import './containers.css';

const basic = (key: string) => containerBasics.fields.find((field) => field.key === key)!;
const shellSpec = (key: string) => basic(key) as Extract<FieldSpec, { kind: 'shell' }>;
/** The scalar basics, in one form (module-level: the form's subscription depends on the list). */
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

/** Container `index`: the common fields open at the top, the rest in collapsed sections. Re-created (by key) per container. */
export function ContainerPanel({ index }: { index: number }) {
  const formId = `container-${index}`;
  const basePath = ['containerDefinitions', index];
  const scalarsId = `${formId}-basics`;
  const scalars = useSpecForm(scalarsId, basePath, SCALARS);
  const toValues = useCallback((doc: JsonObject) => toContainerValues(doc, index), [index]);
  const rows = useDocumentForm(formId, toValues);
  const field = (key: string) => <SpecField spec={basic(key)} form={scalars} formId={scalarsId} path={[...basePath, key]} name={key} />;
  return (
    <div className="container-panel">
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
      <EnvironmentRows form={rows} formId={formId} index={index} />
      <MountPointRows form={rows} formId={formId} index={index} />
      <ShellCommandField spec={shellSpec('command')} path={[...basePath, 'command']} />
      <ShellCommandField spec={shellSpec('entryPoint')} path={[...basePath, 'entryPoint']} />
      {field('workingDirectory')}
      <ContainerSections index={index} />
    </div>
  );
}
