import { describe, expect, it } from 'vitest';
import { convertOk, expectEntry } from './test-helpers';

const withVolumes = (service: string, top = '') => `services:\n  web:\n    image: nginx\n${service}\n${top}`;

describe('compose: volumes', () => {
  it('maps named volumes to shared Docker volumes on EC2, with driver options and :ro', () => {
    const text = withVolumes(
      '    volumes: ["db-data:/var/lib/data:ro"]',
      'volumes:\n  db-data:\n    driver: local\n    driver_opts: {type: nfs, o: "addr=10.0.0.1"}\n',
    );
    const { doc, container } = convertOk(text, 'compose', { launchType: 'ec2' });
    expect(container('web').mountPoints).toEqual([{ sourceVolume: 'db-data', containerPath: '/var/lib/data', readOnly: true }]);
    expect(doc.volumes).toEqual([
      {
        name: 'db-data',
        dockerVolumeConfiguration: {
          scope: 'shared',
          autoprovision: true,
          driver: 'local',
          driverOpts: { type: 'nfs', o: 'addr=10.0.0.1' },
        },
      },
    ]);
  });

  it('makes a named volume task storage on Fargate and says to use EFS', () => {
    const { doc, report } = convertOk(withVolumes('    volumes: ["data:/data"]', 'volumes:\n  data: {}\n'));
    expect(doc.volumes).toEqual([{ name: 'data' }]);
    expectEntry(report, 'volumes.data', /EFS/);
  });

  it('maps relative and absolute binds to host paths on EC2, reporting the relative one', () => {
    const { doc, report } = convertOk(withVolumes('    volumes: ["./html:/usr/share/nginx/html", "/etc/ssl:/etc/ssl:ro"]'), 'compose', {
      launchType: 'ec2',
    });
    expect(doc.volumes).toEqual([
      { name: 'html', host: { sourcePath: './html' } },
      { name: 'etc-ssl', host: { sourcePath: '/etc/ssl' } },
    ]);
    expectEntry(report, 'services.web.volumes.0', /relative path/, 'warning');
    expect(report.some((e) => e.source === 'services.web.volumes.1')).toBe(false);
  });

  it('turns binds into empty task volumes on Fargate, reported', () => {
    const { doc, report } = convertOk(withVolumes('    volumes: ["./conf:/etc/conf"]'));
    expect(doc.volumes).toEqual([{ name: 'conf' }]);
    expectEntry(report, 'services.web.volumes.0', /Fargate has no host paths/);
  });

  it('shares one task volume between services that mount the same source', () => {
    const text =
      'services:\n  a:\n    image: x\n    volumes: ["shared:/s"]\n  b:\n    image: y\n    volumes: ["shared:/t"]\nvolumes:\n  shared: {}\n';
    expect(convertOk(text).doc.volumes).toEqual([{ name: 'shared' }]);
  });

  it('reads the long syntax, anonymous volumes, tmpfs and volumes_from', () => {
    const text =
      'services:\n  web:\n    image: x\n    volumes:\n      - type: bind\n        source: ./site\n        target: /site\n        read_only: true\n      - /cache\n      - type: tmpfs\n        target: /tmp\n        tmpfs: {size: 32m}\n    tmpfs: ["/run:size=16m,noexec"]\n  side:\n    image: y\n    volumes_from: ["web:ro", "container:other"]\n';
    const { doc, container, report } = convertOk(text, 'compose', { launchType: 'ec2' });
    expect(container('web').mountPoints).toEqual([
      { sourceVolume: 'site', containerPath: '/site', readOnly: true },
      { sourceVolume: 'web-cache', containerPath: '/cache', readOnly: false },
    ]);
    expect(container('web').linuxParameters).toEqual({
      tmpfs: [
        { containerPath: '/tmp', size: 32 },
        { containerPath: '/run', size: 16, mountOptions: ['noexec'] },
      ],
    });
    expect(container('side').volumesFrom).toEqual([{ sourceContainer: 'web', readOnly: true }]);
    expect(doc.volumes).toEqual([{ name: 'site', host: { sourcePath: './site' } }, { name: 'web-cache' }]);
    expectEntry(report, 'services.side.volumes_from.1', /only between containers of the task/);
  });

  it('reports a tmpfs without size (64 MiB is used) and mount options ECS lacks', () => {
    const { container, report } = convertOk(withVolumes('    tmpfs: /run\n    volumes: ["./a:/a:z"]'), 'compose', { launchType: 'ec2' });
    expect(container('web').linuxParameters).toEqual({ tmpfs: [{ containerPath: '/run', size: 64 }] });
    expectEntry(report, 'services.web.tmpfs', /needs a size/);
    expectEntry(report, 'services.web.volumes.0', /Mount options z/);
  });
});
