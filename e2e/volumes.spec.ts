import { expect, test } from './fixtures';
import { editorText, waitForEditor } from './monaco';

test('renaming a volume renames its mount points, and removing a volume in use asks first and names its containers', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Add volume' }).click();
  await page.getByLabel('Volume name').fill('data');
  await page.getByRole('button', { name: 'Add mount point' }).click();
  const mount = page.getByRole('group', { name: 'Mount point 1' });
  await mount.getByLabel('Source volume').selectOption('data');
  await mount.getByLabel('Container path').fill('/data');

  await page.getByLabel('Volume name').fill('cache');
  await expect(mount.getByLabel('Source volume')).toHaveValue('cache');
  await expect
    .poll(async () => JSON.parse(await editorText(page)).containerDefinitions[0].mountPoints)
    .toEqual([{ sourceVolume: 'cache', containerPath: '/data' }]);

  await page.getByRole('button', { name: 'Remove volume cache' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove volume “cache”?' });
  await expect(dialog).toContainText('It is mounted by app.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Volume name')).toHaveValue('cache');

  await page.getByRole('button', { name: 'Remove volume cache' }).click();
  await page.getByRole('button', { name: 'Remove volume and its mount points' }).click();
  await expect(page.getByLabel('Volume name')).toHaveCount(0);
  await expect.poll(async () => JSON.parse(await editorText(page)).containerDefinitions[0].mountPoints).toEqual([]);
});
