import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, setEditorText, waitForEditor } from './monaco';

// Long lists show their first rows at once and the rest just after (EnvironmentRows): these journeys check
// that the rest always arrives, holds the right container's values, and is reachable by edits and problems.
const variables = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `${prefix}_VAR_${i + 1}`, value: `${prefix.toLowerCase()}-${i + 1}` }));

const doc = {
  family: 'long-lists',
  containerDefinitions: [
    { name: 'api', image: 'api:1', memory: 512, environment: variables('API', 40) },
    { name: 'worker', image: 'worker:1', memory: 512, environment: variables('WORKER', 30) },
    { name: 'sidecar', image: 'sidecar:1', memory: 128, environment: variables('SIDECAR', 3) },
  ],
};

const variable = (page: Page, row: number) => page.getByRole('group', { name: `Environment variable ${row}`, exact: true });

test('switching between containers with long environment lists shows every variable of the chosen one, and only those', async ({
  page,
}) => {
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(page, JSON.stringify(doc, null, 2));
  await expect(variable(page, 40).getByLabel('Value')).toHaveValue('api-40');

  const containers = page.getByRole('list', { name: 'Containers' });
  await containers.getByRole('button', { name: 'worker', exact: true }).click();
  await expect(variable(page, 1).getByLabel('Name')).toHaveValue('WORKER_VAR_1');
  await expect(variable(page, 30).getByLabel('Value')).toHaveValue('worker-30');
  await expect(variable(page, 31)).toHaveCount(0);
  // Nothing of the previous container is left on the page, shown or hidden.
  await expect(page.locator('[data-path^="containerDefinitions.0.environment."]')).toHaveCount(0);

  // A row of the tail is edited like any other.
  await variable(page, 25).getByLabel('Value').fill('edited-25');
  await expect
    .poll(() => editorText(page).then((text) => JSON.parse(text).containerDefinitions[1].environment[24].value))
    .toBe('edited-25');

  await containers.getByRole('button', { name: 'sidecar', exact: true }).click();
  await expect(variable(page, 3).getByLabel('Value')).toHaveValue('sidecar-3');
  await expect(variable(page, 4)).toHaveCount(0);

  await containers.getByRole('button', { name: 'worker', exact: true }).click();
  await expect(variable(page, 25).getByLabel('Value')).toHaveValue('edited-25');
  await expect(variable(page, 30).getByLabel('Value')).toHaveValue('worker-30');
});

test('a problem in a late row of another container takes the focus to that row', async ({ page }) => {
  const withDuplicate = structuredClone(doc);
  withDuplicate.containerDefinitions[1]!.environment[27]!.name = 'WORKER_VAR_3';
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(page, JSON.stringify(withDuplicate, null, 2));
  await expect(page.getByLabel('Container name')).toHaveValue('api');

  const problems = page.getByRole('list', { name: 'Problems list' });
  await problems
    .getByText(/WORKER_VAR_3/)
    .first()
    .click();
  await expect(page.getByLabel('Container name')).toHaveValue('worker');
  await expect(page.locator('input[data-path="containerDefinitions.1.environment.27.name"]')).toBeFocused();
});
