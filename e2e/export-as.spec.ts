import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import { expect, test } from './fixtures';
import { waitForEditor } from './monaco';

test('exports the task definition as CloudFormation YAML and as Terraform, previewed and downloaded', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Export as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as…' });
  await expect(dialog.getByLabel('Format')).toHaveValue('cloudformation-yaml');
  const preview = dialog.locator('#export-as-preview');
  await expect(preview).toContainText('Type: AWS::ECS::TaskDefinition');
  await page.screenshot({ path: 'test-results/export-as-light.png' });

  const yamlDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const yamlFile = await yamlDownload;
  expect(yamlFile.suggestedFilename()).toBe('my-task.template.yaml');
  const template = parseYaml(await readFile((await yamlFile.path()) as string, 'utf8'), { version: '1.1' }) as {
    Resources: { TaskDefinition: { Type: string; Properties: { Family: string; ContainerDefinitions: unknown[] } } };
  };
  expect(template.Resources.TaskDefinition.Type).toBe('AWS::ECS::TaskDefinition');
  expect(template.Resources.TaskDefinition.Properties.Family).toBe('my-task');
  await expect(dialog.getByRole('status')).toHaveText('Downloaded my-task.template.yaml');

  await dialog.getByLabel('Format').selectOption('terraform');
  await expect(preview).toContainText('resource "aws_ecs_task_definition" "my_task" {');
  const tfDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const tfFile = await tfDownload;
  expect(tfFile.suggestedFilename()).toBe('my-task.tf');
  const tf = await readFile((await tfFile.path()) as string, 'utf8');
  expect(tf).toContain('container_definitions = jsonencode([');
  expect(tf).toContain('family = "my-task"');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('shows the Export as… dialog in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Export as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as…' });
  await dialog.getByLabel('Format').selectOption('terraform');
  await expect(dialog.locator('#export-as-preview')).toContainText('aws_ecs_task_definition');
  await page.screenshot({ path: 'test-results/export-as-dark.png' });
});

test('has no WCAG A/AA violations in the Export as… dialog, light and dark', async ({ page }) => {
  const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await waitForEditor(page);
    await page.getByRole('button', { name: 'Export as…' }).click();
    await expect(page.locator('#export-as-preview')).toContainText('AWS::ECS::TaskDefinition');
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const run = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe.run;
      const result = await run(
        { include: [['dialog[open]']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      );
      return result.violations.map((v) => v.id);
    });
    expect(violations, colorScheme).toEqual([]);
  }
});
