/**
 * A GitHub Actions workflow that deploys the exported task definition file: aws-actions/amazon-ecs-render-task-definition
 * puts the image built for this run into a container, aws-actions/amazon-ecs-deploy-task-definition registers the result
 * and updates the service. The file itself is the register-ready JSON that Download saves.
 */
import { stringify } from 'yaml';
import type { JsonObject } from '../../issues';
import { exportFileName } from '../../import-export';
import type { ConvertReportEntry, Exporter } from '../types';

function containerNames(doc: JsonObject): string[] {
  const containers = Array.isArray(doc.containerDefinitions) ? doc.containerDefinitions : [];
  return containers.flatMap((c) =>
    c !== null && typeof c === 'object' && !Array.isArray(c) && typeof c.name === 'string' ? [c.name] : [],
  );
}

/** The container whose image the workflow sets: the first essential one, else the first. */
function mainContainer(doc: JsonObject): string {
  const containers = Array.isArray(doc.containerDefinitions) ? doc.containerDefinitions : [];
  const essential = containers.find((c) => c !== null && typeof c === 'object' && !Array.isArray(c) && c.essential !== false);
  const name = essential !== null && typeof essential === 'object' && !Array.isArray(essential) ? essential.name : undefined;
  return typeof name === 'string' ? name : (containerNames(doc)[0] ?? 'app');
}

export const githubActionsExporter: Exporter = {
  format: 'github-actions',
  label: 'GitHub Actions workflow',
  fileName: (doc) => `deploy-${exportFileName(doc).replace(/\.json$/, '.yml')}`,
  write(doc, options) {
    const file = options.taskDefinitionFile ?? exportFileName(doc);
    const family = typeof doc.family === 'string' ? doc.family : 'task';
    const container = mainContainer(doc);
    const report: ConvertReportEntry[] = [
      {
        severity: 'info',
        source: '',
        message: `Commit the task definition as ${file} beside the workflow (Download saves it), and set the repository variables AWS_ROLE_ARN, AWS_REGION, ECS_CLUSTER and ECS_SERVICE.`,
      },
    ];
    const others = containerNames(doc).filter((name) => name !== container);
    if (others.length > 0)
      report.push({
        severity: 'info',
        source: 'containerDefinitions',
        message: `The workflow sets the image of "${container}" only; chain another render step for ${others.map((n) => `"${n}"`).join(', ')} if their images change too.`,
      });
    const workflow = {
      name: `Deploy ${family}`,
      on: {
        workflow_dispatch: {
          inputs: { image: { description: `Image URI for the container ${container}`, required: true, type: 'string' } },
        },
      },
      permissions: { 'id-token': 'write', contents: 'read' },
      jobs: {
        deploy: {
          'runs-on': 'ubuntu-latest',
          steps: [
            { uses: 'actions/checkout@v4' },
            {
              name: 'Configure AWS credentials',
              uses: 'aws-actions/configure-aws-credentials@v4',
              with: { 'role-to-assume': '${{ vars.AWS_ROLE_ARN }}', 'aws-region': '${{ vars.AWS_REGION }}' },
            },
            {
              name: 'Render the task definition',
              id: 'render',
              uses: 'aws-actions/amazon-ecs-render-task-definition@v1',
              with: { 'task-definition': file, 'container-name': container, image: '${{ inputs.image }}' },
            },
            {
              name: 'Deploy the task definition',
              uses: 'aws-actions/amazon-ecs-deploy-task-definition@v2',
              with: {
                'task-definition': '${{ steps.render.outputs.task-definition }}',
                cluster: '${{ vars.ECS_CLUSTER }}',
                service: '${{ vars.ECS_SERVICE }}',
                'wait-for-service-stability': true,
              },
            },
          ],
        },
      },
    };
    return { text: stringify(workflow, { lineWidth: 0 }), report };
  },
};
