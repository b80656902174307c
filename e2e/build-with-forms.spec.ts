import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { editorText, waitForEditor } from './monaco';

const expected = {
  family: 'mariadb',
  networkMode: 'bridge',
  containerDefinitions: [
    {
      name: 'maria',
      image: 'mariadb:latest',
      essential: true,
      memoryReservation: 500,
      portMappings: [
        { containerPort: 3306, hostPort: 3306, protocol: 'tcp' },
        { containerPort: 3307, hostPort: 3307, protocol: 'tcp' },
      ],
      environment: [
        { name: 'MYSQL_DATABASE', value: 'app' },
        { name: 'MYSQL_USER', value: 'app' },
        { name: 'MYSQL_PASSWORD', value: 'app-password' },
        { name: 'MYSQL_ROOT_PASSWORD', value: 'root-password' },
      ],
      mountPoints: [{ sourceVolume: 'dbdata', containerPath: '/var/lib/mysql' }],
      command: ['mysqld', '--character-set-server=utf8', '--collation-server=utf8_general_ci'],
    },
  ],
  volumes: [{ name: 'dbdata', host: { sourcePath: '/ecs/dbdata' } }],
};

// Dozens of form steps: on a loaded 2-core machine they outlast the default 30 s.
test.describe.configure({ timeout: 90_000 });

test('builds the MariaDB task definition with the forms only and downloads it as register-ready JSON', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);

  await page.getByLabel('Family').fill('mariadb');
  await page.getByRole('radio', { name: 'bridge' }).check();

  await page.getByLabel('Container name').fill('maria');
  await page.getByLabel('Image').fill('mariadb:latest');
  await page.getByLabel('Memory hard limit (MiB)').fill('');
  await page.getByLabel('Memory reservation (MiB)').fill('500');

  for (const [row, port] of [
    [1, '3306'],
    [2, '3307'],
  ] as const) {
    await page.getByRole('button', { name: 'Add port mapping' }).click();
    const mapping = page.getByRole('group', { name: `Port mapping ${row}` });
    await mapping.getByLabel('Container port').fill(port);
    await mapping.getByLabel('Host port').fill(port);
    await mapping.getByLabel('Protocol').selectOption('tcp');
  }

  const variables = [
    ['MYSQL_DATABASE', 'app'],
    ['MYSQL_USER', 'app'],
    ['MYSQL_PASSWORD', 'app-password'],
    ['MYSQL_ROOT_PASSWORD', 'root-password'],
  ];
  for (const [i, [name, value]] of variables.entries()) {
    await page.getByRole('button', { name: 'Add environment variable' }).click();
    const row = page.getByRole('group', { name: `Environment variable ${i + 1}` });
    await row.getByLabel('Name').fill(name!);
    await row.getByLabel('Value').fill(value!);
  }

  await page.getByLabel('Command').fill('mysqld --character-set-server=utf8 --collation-server=utf8_general_ci');

  await page.getByRole('button', { name: 'Add volume' }).click();
  await page.getByLabel('Volume name').fill('dbdata');
  await page.getByLabel('Host source path').fill('/ecs/dbdata');

  await page.getByRole('button', { name: 'Add mount point' }).click();
  const mount = page.getByRole('group', { name: 'Mount point 1' });
  await mount.getByLabel('Source volume').selectOption('dbdata');
  await mount.getByLabel('Container path').fill('/var/lib/mysql');

  // The JSON view follows the forms.
  await expect.poll(async () => JSON.parse(await editorText(page))).toEqual(expected);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('mariadb.json');
  const saved = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(saved)).toEqual(expected);
});
