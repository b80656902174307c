import { SpecField, SpecSection, useSpecForm } from '../../components/spec-form';
import { taskMainFields, taskSections } from '../../core/field-specs/task';
import type { FieldSpec } from '../../core/field-specs/types';
import { LaunchTypesField } from './LaunchTypesField';
import { NetworkModeField } from './NetworkModeField';
import './task-form.css';

const FORM_ID = 'task';
const spec = (key: string) => taskMainFields.find((field) => field.key === key) as FieldSpec;

/**
 * Task-level settings: identity, task size, roles, network mode and launch types always visible; the rest
 * (platform, storage, placement, namespaces, proxy, fault injection, tags) in collapsed sections.
 */
export function TaskPanel() {
  const form = useSpecForm(FORM_ID, [], taskMainFields);
  const field = (key: string) => <SpecField spec={spec(key)} form={form} formId={FORM_ID} path={[key]} name={key} />;
  return (
    <section className="panel" aria-labelledby="task-panel-title">
      <h2 id="task-panel-title">Task</h2>
      {field('family')}
      <div className="field-row">
        {field('cpu')}
        {field('memory')}
      </div>
      {field('taskRoleArn')}
      {field('executionRoleArn')}
      <NetworkModeField form={form} formId={FORM_ID} />
      <LaunchTypesField form={form} formId={FORM_ID} />
      <div className="spec-sections">
        {taskSections.map((section) => (
          <SpecSection key={section.id} section={section} basePath={[]} formId={`task-${section.id}`} />
        ))}
      </div>
    </section>
  );
}
