import { TextInput } from '../../components/TextInput';
import { useDocumentForm } from '../../document/use-document-form';
import { LaunchTypesField } from './LaunchTypesField';
import { NetworkModeField } from './NetworkModeField';
import { toTaskValues } from './task-values';

const FORM_ID = 'task';

/** Task-level settings: identity, roles, network mode, launch types and task size. */
export function TaskPanel() {
  const form = useDocumentForm(FORM_ID, toTaskValues);
  const common = { form, formId: FORM_ID } as const;
  return (
    <section className="panel" aria-labelledby="task-panel-title">
      <h2 id="task-panel-title">Task</h2>
      <TextInput
        {...common}
        name="family"
        path={['family']}
        label="Family"
        description="Name shared by all revisions of this task definition: letters, digits, - and _."
      />
      <div className="field-row">
        <TextInput
          {...common}
          name="cpu"
          path={['cpu']}
          label="Task CPU"
          description='CPU units ("1024") or "1 vCPU".'
          placeholder="e.g. 256"
        />
        <TextInput
          {...common}
          name="memory"
          path={['memory']}
          label="Task memory"
          description='MiB ("2048") or "2 GB".'
          placeholder="e.g. 512"
        />
      </div>
      <TextInput
        {...common}
        name="taskRoleArn"
        path={['taskRoleArn']}
        label="Task role ARN"
        description="IAM role your containers use to call AWS."
        placeholder="arn:aws:iam::123456789012:role/…"
      />
      <TextInput
        {...common}
        name="executionRoleArn"
        path={['executionRoleArn']}
        label="Task execution role ARN"
        description="Role ECS uses to pull images, write logs and read secrets."
        placeholder="arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
      />
      <NetworkModeField {...common} />
      <LaunchTypesField {...common} />
    </section>
  );
}
