import { expect, test } from './fixtures';
import { waitForEditor } from './monaco';

test('Fargate with bridge network mode shows one error at the field, as a marker and in the problems list, and awsvpc clears it', async ({
  page,
}) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('checkbox', { name: 'FARGATE' }).check();
  await page.getByRole('radio', { name: 'bridge' }).check();

  const message = 'Network mode "bridge" is not supported on Fargate';
  // At the field.
  const networkMode = page.getByRole('radiogroup', { name: 'Network mode' });
  await expect(networkMode).toContainText(message);
  await expect(networkMode).toHaveAttribute('aria-invalid', 'true');
  // As a marker in the JSON, on the networkMode value.
  await expect
    .poll(() => page.evaluate(() => window.__taskDefEditor!.markers().filter((m) => m.source === 'network-mode-compatibility').length))
    .toBe(1);
  // In the problems list, once.
  const problems = page.getByRole('list', { name: 'Problems list' });
  await expect(problems.getByText(message)).toHaveCount(1);

  // Clicking it focuses the field.
  await problems.getByText(message).click();
  await expect(page.locator('input[data-path="networkMode"]:focus')).toHaveCount(1);
  // Focusing a field scrolls only the forms, never the page: the toolbar stays in place.
  expect((await page.locator('.toolbar').boundingBox())?.y).toBe(0);

  await page.getByRole('radio', { name: 'awsvpc' }).check();
  await expect(networkMode).not.toContainText(message);
  await expect(problems.getByText(message)).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => window.__taskDefEditor!.markers().filter((m) => m.source === 'network-mode-compatibility').length))
    .toBe(0);
});

test('a one-click fix moves a secret-looking variable out of the environment', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Add environment variable' }).click();
  const row = page.getByRole('group', { name: 'Environment variable 1' });
  await row.getByLabel('Name').fill('DB_PASSWORD');
  await row.getByLabel('Value').fill('hunter2hunter2');
  const fix = page.getByRole('button', { name: /Move "DB_PASSWORD" to secrets/ });
  await fix.click();
  await expect(page.getByRole('group', { name: 'Environment variable 1' })).toHaveCount(0);
  const text = await page.evaluate(() => window.__taskDefEditor!.getValue());
  expect(JSON.parse(text).containerDefinitions[0].secrets[0].name).toBe('DB_PASSWORD');
});
