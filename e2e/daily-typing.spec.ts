import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { placeCaretAfter, waitForEditor } from './monaco';

/** Where the parts of the page are, in CSS pixels. */
async function layout(page: Page) {
  const box = async (selector: string) => {
    const b = await page.locator(selector).first().boundingBox();
    expect(b, selector).not.toBeNull();
    return { x: Math.round(b!.x), y: Math.round(b!.y), width: Math.round(b!.width), height: Math.round(b!.height) };
  };
  return {
    toolbarNew: await box('header >> role=button[name="New…"]'),
    toolbarDownload: await box('header >> role=button[name="Download"]'),
    editor: await box('.code .monaco-editor'),
    forms: await box('.forms'),
    // Where the field sits in the forms' content: moving the caret in the JSON may scroll the forms to the field it is
    // in (they follow the JSON), but nothing may push the content itself down.
    family: await page
      .locator('#forms-pane')
      .getByRole('textbox', { name: 'Family', exact: true })
      .evaluate((field) => {
        const forms = field.closest('.forms')!;
        return Math.round(field.getBoundingClientRect().y - forms.getBoundingClientRect().y + forms.scrollTop);
      }),
    problems: await box('#problems-title'),
  };
}

const syntaxMarkers = (page: Page) =>
  page.evaluate(() => window.__taskDefEditor!.markers().filter((marker) => marker.source === 'json-syntax'));

test('a stray comma typed in the JSON view shows one marker at its cause and moves nothing on the page', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await waitForEditor(page);
  const before = await layout(page);

  // `"name",: "app"`: the parser reports three errors, two of them cascading from the comma.
  await placeCaretAfter(page, '"name"');
  await page.keyboard.type(',');
  // While the user is typing, no banner (the marker says it): checked at once, since it comes after a 1.5 s pause
  // and the checks below can take that long on a loaded machine.
  const banner = page.getByRole('alert', { name: 'JSON syntax error' });
  expect(await banner.isVisible()).toBe(false);
  const whileTyping = await layout(page);
  await expect.poll(async () => (await syntaxMarkers(page)).length).toBe(1);
  const [marker] = await syntaxMarkers(page);
  expect(marker).toMatchObject({ startLineNumber: 5, severity: 8 });
  const problems = page.getByRole('list', { name: 'Problems list' }).getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText('JSON syntax error at line 5');

  expect(whileTyping).toEqual(before);

  // When the JSON stays broken, the banner comes, floating over the read-only forms: still nothing moves.
  await expect(banner).toBeVisible();
  expect(await layout(page)).toEqual(before);
  await expect(page.locator('.code .monaco-editor textarea, .code .monaco-editor .native-edit-context').first()).toBeFocused();

  await page.keyboard.press('Backspace');
  await expect(banner).toBeHidden();
  await expect.poll(async () => (await syntaxMarkers(page)).length).toBe(0);
  expect(await layout(page)).toEqual(before);
});
