import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { JsonObject } from '../../issues';
import { exportDocument } from '../index';

const doc: JsonObject = { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 128 }] };

describe('GitHub Actions export', () => {
  it('renders the image into the exported file and deploys the result', () => {
    const workflow = parseYaml(exportDocument(doc, 'github-actions', { taskDefinitionFile: 'ecs/web.json' })?.text ?? '') as {
      jobs: { deploy: { steps: { uses: string; id?: string; with?: Record<string, unknown> }[] } };
    };
    const steps = workflow.jobs.deploy.steps;
    const render = steps.find((s) => s.uses.startsWith('aws-actions/amazon-ecs-render-task-definition@'));
    const deploy = steps.find((s) => s.uses.startsWith('aws-actions/amazon-ecs-deploy-task-definition@'));
    expect(render?.with).toEqual({ 'task-definition': 'ecs/web.json', 'container-name': 'app', image: '${{ inputs.image }}' });
    expect(deploy?.with?.['task-definition']).toBe(`\${{ steps.${render?.id}.outputs.task-definition }}`);
    expect(Object.keys(deploy?.with ?? {})).toEqual(expect.arrayContaining(['cluster', 'service']));
  });
});
