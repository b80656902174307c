import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, setEditorText, waitForEditor } from './monaco';

const ROLE = 'arn:aws:iam::123456789012:role/exec';
const LOGS = {
  logDriver: 'awslogs',
  options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'web' },
};
const app = (extra: object = {}) => ({
  name: 'app',
  image: 'public.ecr.aws/nginx/nginx:1.27',
  essential: true,
  user: '1000',
  readonlyRootFilesystem: true,
  logConfiguration: LOGS,
  ...extra,
});

async function open(page: Page, doc: object): Promise<void> {
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(page, `${JSON.stringify(doc, null, 2)}\n`);
  await expect.poll(async () => JSON.parse(await editorText(page))).toEqual(doc);
}

const doc = async (page: Page) => JSON.parse(await editorText(page));
const problems = (page: Page) => page.getByRole('list', { name: 'Problems list' });

test('problems are sorted errors first, then warnings, then advice', async ({ page }) => {
  // No log configuration (a warning) on the first container, a writable root (advice), a bad Fargate size (an error).
  await open(page, {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    executionRoleArn: ROLE,
    cpu: '512',
    memory: '6144',
    containerDefinitions: [app({ logConfiguration: undefined, readonlyRootFilesystem: false })],
  });
  const rows = problems(page).locator('> li');
  await expect(rows.first()).toHaveClass(/problem-error/);
  const severities = await rows.evaluateAll((items) => items.map((item) => item.className.match(/problem-(error|warning|info)/)![1]));
  expect(severities.length).toBeGreaterThanOrEqual(3);
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const ranks = severities.map((s) => rank[s as keyof typeof rank]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

test('one click sets awsvpc for Fargate and the nearest Fargate size, and the network-mode error focuses the checked choice', async ({
  page,
}) => {
  await open(page, {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'bridge',
    executionRoleArn: ROLE,
    cpu: '512',
    memory: '6144',
    containerDefinitions: [app({ cpu: 256, memory: 512 })],
  });
  // Clicking the network-mode error lands on the checked choice (bridge), not the first radio.
  await problems(page).getByText('Network mode "bridge" is not supported on Fargate').click();
  await expect(page.getByRole('radio', { name: 'bridge' })).toBeFocused();

  await page.getByRole('button', { name: 'Set network mode to awsvpc' }).click();
  await expect.poll(async () => (await doc(page)).networkMode).toBe('awsvpc');
  await expect(page.getByRole('radio', { name: 'awsvpc' })).toBeChecked();

  await page.getByRole('button', { name: 'Use cpu 512 with memory 4096 MiB' }).click();
  await expect.poll(async () => [(await doc(page)).cpu, (await doc(page)).memory]).toEqual(['512', '4096']);
  await expect(problems(page).locator('.problem-error')).toHaveCount(0);
});

test('a Fargate task without a network mode: the problem focuses the checked default choice and the fix writes awsvpc', async ({
  page,
}) => {
  await open(page, {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    executionRoleArn: ROLE,
    cpu: '256',
    memory: '512',
    containerDefinitions: [app()],
  });
  await problems(page).getByText('Fargate requires "networkMode": "awsvpc"').click();
  await expect(page.locator('input[data-path="networkMode"]:checked')).toBeFocused();
  await page.getByRole('button', { name: 'Set network mode to awsvpc' }).click();
  await expect.poll(async () => (await doc(page)).networkMode).toBe('awsvpc');
});

test('removing the last bad link removes the empty links array, and hostPort is set to the container port', async ({ page }) => {
  await open(page, {
    family: 'web',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    executionRoleArn: ROLE,
    containerDefinitions: [app({ memory: 256, links: ['nowhere'] })],
  });
  await page.getByRole('button', { name: 'Remove link "nowhere"' }).click();
  await expect.poll(async () => Object.keys((await doc(page)).containerDefinitions[0])).not.toContain('links');
  expect(await editorText(page)).not.toContain('"links"');

  // Now awsvpc with a hostPort that differs.
  await page.getByRole('radio', { name: 'awsvpc' }).check();
  await open(page, {
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['EC2'],
    executionRoleArn: ROLE,
    containerDefinitions: [app({ memory: 256, portMappings: [{ containerPort: 8080, hostPort: 80 }] })],
  });
  await page.getByRole('button', { name: 'Set hostPort to 8080' }).click();
  await expect.poll(async () => (await doc(page)).containerDefinitions[0].portMappings).toEqual([{ containerPort: 8080, hostPort: 8080 }]);
});

test('a container-level problem selects and scrolls to that container, and its fix adds a memoryReservation', async ({ page }) => {
  await open(page, {
    family: 'web',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    executionRoleArn: ROLE,
    containerDefinitions: [app({ memory: 256 }), app({ name: 'worker' })],
  });
  await expect(page.getByRole('button', { name: /^app( |$)/ })).toHaveAttribute('aria-current', 'true');
  await page.locator('.forms').evaluate((forms) => forms.scrollTo({ top: forms.scrollHeight }));
  await problems(page)
    .getByText(/Container "worker" needs "memory" or "memoryReservation"/)
    .click();
  await expect(page.getByRole('button', { name: /^worker( |$)/ })).toHaveAttribute('aria-current', 'true');
  const name = page.locator('[data-path="containerDefinitions.1.name"]');
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();

  await page.getByRole('button', { name: 'Add memoryReservation 512 MiB' }).click();
  await expect.poll(async () => (await doc(page)).containerDefinitions[1].memoryReservation).toBe(512);
});
