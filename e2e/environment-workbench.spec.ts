import { expect, test } from './fixtures';
import { editorText, setEditorText, waitForEditor } from './monaco';

const start = {
  family: 'web',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256, environment: [{ name: 'NODE_ENV', value: 'production' }] }],
};

const DOT_ENV = [
  '# app settings',
  'export LOG_LEVEL=debug',
  'DB_PASSWORD="s3cr3t # kept"',
  'NODE_ENV=staging  # inline comment',
  'broken line',
].join('\n');

test('pastes .env text, flags a duplicate, moves a password to secrets and builds its SSM parameter ARN', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(page, JSON.stringify(start, null, 2));
  await expect(page.getByLabel('Container name')).toHaveValue('app');

  // Paste: the preview shows what will be added and which line was skipped.
  await page.getByRole('button', { name: 'Paste .env' }).click();
  await page.getByLabel('.env text').fill(DOT_ENV);
  await expect(page.getByRole('table', { name: 'Variables to add' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByText('Line 5: no "=" on this line')).toBeVisible();
  await page.getByRole('button', { name: 'Add 3 variables' }).click();

  const variable = (row: number) => page.getByRole('group', { name: `Environment variable ${row}`, exact: true });
  for (const [row, name, value] of [
    [2, 'LOG_LEVEL', 'debug'],
    [3, 'DB_PASSWORD', 's3cr3t # kept'],
    [4, 'NODE_ENV', 'staging'],
  ] as const) {
    await expect(variable(row).getByLabel('Name')).toHaveValue(name);
    await expect(variable(row).getByLabel('Value')).toHaveValue(value);
  }

  // The repeated NODE_ENV is flagged at its rows.
  await expect(page.getByText('Duplicate: row 4 has the same name')).toBeVisible();
  await expect(variable(4).getByText(/"NODE_ENV" is already defined/)).toBeVisible();

  // Only the secret-looking variable offers to move; moving opens its ARN builder on the new secret.
  await expect(variable(2).getByRole('button', { name: 'Move to secrets' })).toBeHidden();
  await variable(3).getByRole('button', { name: 'Move to secrets' }).click();
  const secret = page.getByRole('group', { name: 'Secret 1', exact: true });
  await expect(secret.getByLabel('Name')).toHaveValue('DB_PASSWORD');
  await expect(secret.getByLabel('Value from')).toBeFocused();

  const builder = page.getByRole('group', { name: 'Build ARN for Secret 1' });
  await expect(builder.getByLabel('Account ID')).toHaveValue('123456789012'); // from the execution role
  await builder.getByLabel('Region').fill('eu-west-1');
  await builder.getByLabel('Parameter name').fill('/prod/app/db-password');
  await expect(builder.getByRole('status', { name: 'ARN preview' })).toHaveText(
    'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/app/db-password',
  );
  await builder.getByRole('button', { name: 'Use this ARN' }).click();
  await expect(secret.getByLabel('Value from')).toHaveValue('arn:aws:ssm:eu-west-1:123456789012:parameter/prod/app/db-password');

  await page.getByRole('button', { name: 'Sort by name' }).click();

  await expect
    .poll(async () => JSON.parse(await editorText(page)).containerDefinitions[0])
    .toEqual({
      ...start.containerDefinitions[0],
      environment: [
        { name: 'LOG_LEVEL', value: 'debug' },
        { name: 'NODE_ENV', value: 'production' },
        { name: 'NODE_ENV', value: 'staging' },
      ],
      secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/app/db-password' }],
    });
});
