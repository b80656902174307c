import { expect, test } from './fixtures';
import { editorText, waitForEditor } from './monaco';

/** A CloudFormation template as people write it: short tags, a Parameter, a pseudo parameter and YAML 1.1 booleans. */
const template = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  ImageTag:
    Type: String
    Default: '2.4.1'
Resources:
  ShopApiTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: shop-api
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      Cpu: '256'
      Memory: '512'
      ExecutionRoleArn: !Sub arn:aws:iam::\${AWS::AccountId}:role/ecsTaskExecutionRole
      ContainerDefinitions:
        - Name: api
          Image: !Sub example/shop-api:\${ImageTag}
          Essential: yes
          PortMappings:
            - ContainerPort: 8080
          Environment:
            - Name: PORT
              Value: '8080'
`;

test('importing a CloudFormation template through Import… shows the conversion report and gives the task definition', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a task definition' });
  await dialog.getByLabel('Task definition text').fill(template);
  await expect(dialog.getByText(/Detected: .*CloudFormation/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Convert…' }).click();

  const preview = page.getByRole('dialog', { name: 'Convert to a task definition' });
  // Parameters and pseudo parameters are deploy-time values: they stay placeholders and the report says where.
  await expect(preview.getByRole('region', { name: 'Conversion report' })).toContainText('AWS::AccountId');
  await preview.getByRole('button', { name: 'Replace the document' }).click();
  await expect(preview).toBeHidden();

  await expect(page.getByLabel('Family', { exact: true })).toHaveValue('shop-api');
  const doc = JSON.parse(await editorText(page)) as Record<string, unknown>;
  expect(doc).toMatchObject({
    family: 'shop-api',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: 'api',
        image: 'example/shop-api:${ImageTag}',
        essential: true,
        portMappings: [{ containerPort: 8080 }],
        environment: [{ name: 'PORT', value: '8080' }],
      },
    ],
  });
  expect(String(doc.executionRoleArn)).toMatch(/^arn:aws:iam::.+:role\/ecsTaskExecutionRole$/);
});
