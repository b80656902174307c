import { expect, test } from './fixtures';
import { placeCaretAfter, waitForEditor } from './monaco';

test('typing in the JSON view updates the form fields', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);

  await placeCaretAfter(page, '"my-task');
  await page.keyboard.type('-web');
  await expect(page.getByLabel('Family')).toHaveValue('my-task-web');

  await placeCaretAfter(page, '"memory": 512');
  await page.keyboard.type(', "memoryReservation": 256');
  await expect(page.getByLabel('Memory reservation (MiB)')).toHaveValue('256');
  await expect(page.getByLabel('Memory hard limit (MiB)')).toHaveValue('512');
});

test('a form field the user is typing in keeps its text while the JSON catches up', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const family = page.getByLabel('Family');
  await family.click();
  await family.press('End');
  await family.pressSequentially('-abc', { delay: 30 });
  await expect(family).toHaveValue('my-task-abc');
  await expect(family).toBeFocused();
});
