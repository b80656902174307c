import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, waitForEditor } from './monaco';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const TASK_ROLE = `arn:aws:iam::${ACCOUNT}:role/webFirelensTaskRole`;
const EXECUTION_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`;
const WEB_IMAGE = 'public.ecr.aws/nginx/nginx:1.27-alpine';
const ROUTER_IMAGE = 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2';
const API_KEY_ARN = `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/web/api-key`;
/** What the ARN builder makes of a Secrets Manager secret with a JSON key (empty stage and id keep their colons). */
const DB_PASSWORD_ARN = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/web/db-AbCdEf:password::`;
const WEB_LOG_OPTIONS: Record<string, string> = {
  Name: 'cloudwatch_logs',
  region: REGION,
  log_group_name: '/ecs/web-firelens/web',
  log_stream_prefix: 'web-',
  auto_create_group: 'true',
};
const ROUTER_LOG_OPTIONS: Record<string, string> = {
  'awslogs-group': '/ecs/web-firelens/log-router',
  'awslogs-region': REGION,
  'awslogs-stream-prefix': 'firelens',
};

/** The register-ready document the forms must produce (key order aside). */
const expected = {
  family: 'web-firelens',
  containerDefinitions: [
    {
      name: 'web',
      image: WEB_IMAGE,
      memory: 512,
      essential: true,
      portMappings: [{ containerPort: 80, protocol: 'tcp' }],
      mountPoints: [{ sourceVolume: 'efs-data', containerPath: '/usr/share/nginx/html' }],
      secrets: [
        { name: 'API_KEY', valueFrom: API_KEY_ARN },
        { name: 'DB_PASSWORD', valueFrom: DB_PASSWORD_ARN },
      ],
      healthCheck: {
        command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
        interval: 30,
        timeout: 5,
        retries: 3,
      },
      logConfiguration: { logDriver: 'awsfirelens', options: WEB_LOG_OPTIONS },
      dependsOn: [{ containerName: 'log_router', condition: 'START' }],
    },
    {
      name: 'log_router',
      image: ROUTER_IMAGE,
      essential: true,
      memoryReservation: 50,
      logConfiguration: { logDriver: 'awslogs', options: ROUTER_LOG_OPTIONS },
      firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
    },
  ],
  cpu: '512',
  memory: '1024',
  taskRoleArn: TASK_ROLE,
  executionRoleArn: EXECUTION_ROLE,
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
  ephemeralStorage: { sizeInGiB: 30 },
  volumes: [{ name: 'efs-data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', transitEncryption: 'ENABLED' } }],
};

/** A collapsible section (`<details>`) inside `scope`, found by its summary title and opened if it is closed. */
async function openSection(scope: Locator, title: string): Promise<Locator> {
  const summary = scope.locator('summary').filter({ has: scope.page().getByText(title, { exact: true }) });
  const section = summary.locator('..');
  if ((await section.getAttribute('open')) === null) await summary.click();
  await expect(section).toHaveAttribute('open', '');
  return section;
}

/** Adds one key/value row per entry to an empty map field (a fieldset such as "Options"). */
async function fillMap(map: Locator, entries: Record<string, string>): Promise<void> {
  for (const [i, [key, value]] of Object.entries(entries).entries()) {
    await map.getByRole('button', { name: /^Add entry to / }).click();
    const row = map.getByRole('group', { name: `Entry ${i + 1}` });
    await row.getByLabel('Key', { exact: true }).fill(key);
    await row.getByLabel('Value', { exact: true }).fill(value);
  }
}

/** The Logging section of the selected container: driver and options. */
async function fillLogging(container: Locator, driver: string, options: Record<string, string>): Promise<void> {
  const logging = await openSection(container, 'Logging');
  await logging.getByLabel('Log driver').selectOption(driver);
  await fillMap(logging.getByRole('group', { name: 'Options', exact: true }), options);
}

/** The Problems panel's filter chip that counts `severity`, e.g. "0 errors". */
function problemCount(page: Page, severity: 'error' | 'warning'): Locator {
  return page.getByRole('group', { name: 'Show' }).getByRole('button', { name: new RegExp(`^\\d+ ${severity}s?$`) });
}

test('builds a Fargate web app with a FireLens log router using only the forms and downloads it register-ready', async ({ page }) => {
  // About eighty form steps: about 10 s alone, but past the default 30 s when other suites share the machine.
  test.slow();
  await page.goto('/');
  await waitForEditor(page);
  // The validator is running: the starting document is flagged for having no log configuration.
  await expect(page.getByRole('list', { name: 'Problems list' })).toContainText('has no "logConfiguration"');

  // Task: identity, size, roles, network mode, launch type.
  const task = page.getByRole('region', { name: 'Task' });
  await task.getByLabel('Family', { exact: true }).fill('web-firelens');
  await task.getByLabel('Task CPU', { exact: true }).fill('512');
  await task.getByLabel('Task memory', { exact: true }).fill('1024');
  await task.getByLabel('Task role ARN', { exact: true }).fill(TASK_ROLE);
  await task.getByLabel('Task execution role ARN', { exact: true }).fill(EXECUTION_ROLE);
  await task.getByRole('radio', { name: 'awsvpc' }).check();
  await task.getByRole('checkbox', { name: 'FARGATE' }).check();

  const platform = (await openSection(task, 'Operating system and architecture')).getByRole('group', { name: 'Runtime platform' });
  await platform.getByLabel('Operating system').selectOption('LINUX');
  await platform.getByLabel('CPU architecture').selectOption('ARM64');
  await (await openSection(task, 'Ephemeral storage')).getByLabel('Size').fill('30');

  // Volume: EFS with transit encryption (declared first, so the mount point can pick it).
  const volumes = page.getByRole('region', { name: 'Volumes' });
  await volumes.getByRole('button', { name: 'Add volume' }).click();
  await volumes.getByLabel('Volume name').fill('efs-data');
  await volumes.getByLabel('Volume type').selectOption({ label: 'Amazon EFS' });
  await volumes.getByLabel('File system ID').fill('fs-0123456789abcdef0');
  await volumes.getByLabel('Transit encryption', { exact: true }).selectOption('ENABLED');

  // Container 1: the web app, renamed from the starting "app".
  const containers = page.getByRole('region', { name: 'Containers' });
  await containers.getByLabel('Container name').fill('web');
  await containers.getByLabel('Image', { exact: true }).fill(WEB_IMAGE);
  await expect(containers.getByRole('checkbox', { name: 'Essential' })).toBeChecked();

  await containers.getByRole('button', { name: 'Add port mapping' }).click();
  const port = containers.getByRole('group', { name: 'Port mapping 1' });
  await port.getByLabel('Container port').fill('80');
  await port.getByLabel('Protocol').selectOption('tcp');

  await containers.getByRole('button', { name: 'Add mount point' }).click();
  const mount = containers.getByRole('group', { name: 'Mount point 1' });
  await mount.getByLabel('Source volume').selectOption('efs-data');
  await mount.getByLabel('Container path').fill('/usr/share/nginx/html');

  const secrets = await openSection(containers, 'Secrets');
  await secrets.getByRole('button', { name: 'Add secret' }).click();
  const apiKey = secrets.getByRole('group', { name: 'Secret 1' });
  await apiKey.getByLabel('Name', { exact: true }).fill('API_KEY');
  await apiKey.getByLabel('Value from').fill(API_KEY_ARN);
  // The second one through the ARN builder: a Secrets Manager secret with a JSON key.
  await secrets.getByRole('button', { name: 'Add secret' }).click();
  const dbPassword = secrets.getByRole('group', { name: 'Secret 2' });
  await dbPassword.getByLabel('Name', { exact: true }).fill('DB_PASSWORD');
  await dbPassword.getByRole('button', { name: 'Build ARN' }).click();
  const builder = secrets.getByRole('group', { name: 'Build ARN for Secret 2' });
  await builder.getByRole('radio', { name: 'Secrets Manager secret' }).check();
  await builder.getByLabel('Region').fill(REGION);
  // The account comes from the role ARNs.
  await expect(builder.getByLabel('Account ID')).toHaveValue(ACCOUNT);
  await builder.getByLabel('Secret name').fill('prod/web/db-AbCdEf');
  await builder.getByLabel('JSON key').fill('password');
  await builder.getByRole('button', { name: 'Use this ARN' }).click();
  await expect(dbPassword.getByLabel('Value from')).toHaveValue(DB_PASSWORD_ARN);

  const health = await openSection(containers, 'Health check');
  await health.getByLabel('Command', { exact: true }).fill(`CMD-SHELL 'curl -f http://localhost/ || exit 1'`);
  await health.getByLabel('Interval').fill('30');
  await health.getByLabel('Timeout').fill('5');
  await health.getByLabel('Retries').fill('3');

  await fillLogging(containers, 'awsfirelens', WEB_LOG_OPTIONS);

  const ordering = await openSection(containers, 'Startup dependency ordering');
  await ordering.getByRole('button', { name: 'Add dependency' }).click();
  const dependency = ordering.getByRole('group', { name: 'Dependency 1' });
  await dependency.getByLabel('Container', { exact: true }).fill('log_router');
  await dependency.getByLabel('Condition').selectOption('START');

  // Container 2: the FireLens log router (a new container is selected when added).
  await containers.getByRole('button', { name: 'Add container' }).click();
  const added = containers.getByRole('list', { name: 'Containers' }).getByRole('button', { name: /^container\b/ });
  await expect(added).toHaveAttribute('aria-current', 'true');
  await containers.getByLabel('Container name').fill('log_router');
  await containers.getByLabel('Image', { exact: true }).fill(ROUTER_IMAGE);
  await containers.getByRole('checkbox', { name: 'Essential' }).check();
  await containers.getByLabel('Memory reservation (MiB)').fill('50');

  const firelens = await openSection(containers, 'FireLens');
  await firelens.getByLabel('Router type').selectOption('fluentbit');
  await fillMap(firelens.getByRole('group', { name: 'Options', exact: true }), { 'enable-ecs-log-metadata': 'true' });

  await fillLogging(containers, 'awslogs', ROUTER_LOG_OPTIONS);

  // The JSON view follows the forms, and the finished document has no errors.
  await expect.poll(async () => JSON.parse(await editorText(page))).toEqual(expected);
  await expect(problemCount(page, 'error')).toHaveText('0 errors');
  await expect(problemCount(page, 'warning')).toHaveText('0 warnings');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('web-firelens.json');
  const saved = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(saved)).toEqual(expected);
});
