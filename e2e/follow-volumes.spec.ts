import { expect, test } from './fixtures';
import { editorText, waitForEditor } from './monaco';

test.describe.configure({ timeout: 60_000 });

test('"New volume…" in a mount point declares the volume inline, without scrolling away, and selects it', async ({ page }, testInfo) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Add mount point' }).click();
  const mount = page.getByRole('group', { name: 'Mount point 1' });
  const picker = mount.getByLabel('Source volume');
  await expect(picker.locator('option', { hasText: 'New volume…' })).toHaveCount(1);
  const forms = page.locator('.forms');
  const scrollBefore = await forms.evaluate((element) => element.scrollTop);

  await picker.selectOption({ label: 'New volume…' });
  const form = page.getByRole('group', { name: 'New volume for mount point 1' });
  await expect(form).toBeVisible();
  // The form opens under the row, the name ready to type: no trip to the Volumes panel.
  await expect(form.getByLabel('Volume name')).toBeFocused();
  await expect(form).toBeInViewport();
  expect(Math.abs((await forms.evaluate((element) => element.scrollTop)) - scrollBefore)).toBeLessThan(80);
  await expect(form.getByLabel('Volume type')).toHaveValue('host');

  // A name that is not valid is said at the field.
  await form.getByLabel('Volume name').fill('my data');
  await form.getByRole('button', { name: 'Add volume' }).click();
  await expect(form.getByText('Use 1 to 255 letters')).toBeVisible();
  await expect(form.getByLabel('Volume name')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Volume name').fill('uploads');
  await form.getByLabel('Host source path').fill('/ecs/uploads');
  await page.setViewportSize({ width: 1024, height: 768 });
  await form.scrollIntoViewIfNeeded();
  await page.locator('.container-panel').screenshot({ path: testInfo.outputPath('new-volume-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('.container-panel').screenshot({ path: testInfo.outputPath('new-volume-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await form.getByLabel('Host source path').press('Enter');

  await expect(form).toHaveCount(0);
  await expect(picker).toHaveValue('uploads');
  await expect(picker).toBeFocused();
  await expect
    .poll(async () => {
      const doc = JSON.parse(await editorText(page));
      return [doc.volumes, doc.containerDefinitions[0].mountPoints[0].sourceVolume];
    })
    .toEqual([[{ name: 'uploads', host: { sourcePath: '/ecs/uploads' } }], 'uploads']);
  // It shows in the Volumes panel too.
  await expect(page.locator('[data-path="volumes.0.name"]')).toHaveValue('uploads');
});

test('Escape closes the "New volume…" form and changes nothing', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Add mount point' }).click();
  const picker = page.getByRole('group', { name: 'Mount point 1' }).getByLabel('Source volume');
  const before = await editorText(page);
  await picker.selectOption({ label: 'New volume…' });
  await expect(page.getByRole('group', { name: 'New volume for mount point 1' }).getByLabel('Volume name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'New volume for mount point 1' })).toHaveCount(0);
  await expect(picker).toBeFocused();
  await expect(picker).toHaveValue('');
  expect(await editorText(page)).toBe(before);
});
