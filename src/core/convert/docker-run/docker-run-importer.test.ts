import { describe, expect, it } from 'vitest';
import { convertOk, expectEntry } from '../compose/test-helpers';
import { detectInputFormat, importText } from '../index';

describe('docker run', () => {
  it('detects docker run and docker container run, with a prompt or sudo', () => {
    expect(detectInputFormat('docker run nginx')).toBe('docker-run');
    expect(detectInputFormat('# start it\n$ sudo docker container run -d nginx')).toBe('docker-run');
    expect(detectInputFormat('docker ps')).toBe('json');
  });

  it('reads a line spread over several lines with backslashes, and maps its flags', () => {
    const text = `docker run -d --name web \\
  -p 8080:80 -p 53:53/udp -e A=1 --env B=2 -w /srv -u 1000 \\
  --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval=1m --health-retries 5 \\
  --restart=always --memory 512m --memory-reservation 256m --cpus 1.5 --cap-add NET_ADMIN --cap-drop ALL \\
  --ulimit nofile=1024:4096 --add-host db:10.0.0.2 --dns 1.1.1.1 --read-only --init -l team=web \\
  --log-driver awslogs --log-opt awslogs-group=/web --tmpfs /run:size=8m --shm-size 64m -it \\
  --entrypoint /bin/sh nginx:1.27 -c 'exec nginx -g "daemon off;"'`;
    const { doc, container, report } = convertOk(text, 'auto', { launchType: 'ec2' });
    expect(doc.family).toBe('web');
    expect(container('web')).toEqual({
      name: 'web',
      image: 'nginx:1.27',
      essential: true,
      portMappings: [
        { containerPort: 80, hostPort: 8080, protocol: 'tcp' },
        { containerPort: 53, hostPort: 53, protocol: 'udp' },
      ],
      environment: [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ],
      workingDirectory: '/srv',
      user: '1000',
      healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], interval: 60, retries: 5 },
      restartPolicy: { enabled: true },
      ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 4096 }],
      extraHosts: [{ hostname: 'db', ipAddress: '10.0.0.2' }],
      dnsServers: ['1.1.1.1'],
      readonlyRootFilesystem: true,
      dockerLabels: { team: 'web' },
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/web' } },
      pseudoTerminal: true,
      interactive: true,
      entryPoint: ['/bin/sh'],
      command: ['-c', 'exec nginx -g "daemon off;"'],
      cpu: 1536,
      memory: 512,
      memoryReservation: 256,
      linuxParameters: {
        initProcessEnabled: true,
        tmpfs: [{ containerPath: '/run', size: 8 }],
        sharedMemorySize: 64,
        capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] },
      },
    });
    expectEntry(report, '-d', /detached/);
  });

  it('reports unknown flags and reports at the flag a finding comes from', () => {
    const { report } = convertOk('docker run --frobnicate yes -p 127.0.0.1:80:80 -v ./a:/a --env-file .env nginx:1.27');
    expectEntry(report, '--frobnicate', /Unknown docker run flag/, 'warning');
    expectEntry(report, '-p', /host IP/);
    expectEntry(report, '-v', /Fargate has no host paths/);
    expectEntry(report, '--env-file', /S3/);
  });

  it('reads --mount, --volumes-from and --link, and names the container after the image without --name', () => {
    const text =
      'docker run --mount type=volume,source=data,target=/data,readonly redis:7\ndocker run --link redis:cache --volumes-from redis registry.example.com/team/app:2';
    const { doc, container, report } = convertOk(text, 'auto', { launchType: 'ec2' });
    expect(container('redis').mountPoints).toEqual([{ sourceVolume: 'data', containerPath: '/data', readOnly: true }]);
    expect(container('app')).toMatchObject({ links: ['redis:cache'], volumesFrom: [{ sourceContainer: 'redis', readOnly: false }] });
    expect((doc.volumes as unknown[]).length).toBe(1);
    expect(report.some((e) => e.source.startsWith('redis.'))).toBe(true);
  });

  it('refuses text without a docker run command', () => {
    expect(importText('echo hi', 'docker-run').ok).toBe(false);
  });
});
