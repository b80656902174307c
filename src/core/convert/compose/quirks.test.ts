/** The quirks of real compose files (each fixture cites the public file it imitates) convert, and each is reported. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertOk, expectEntry } from './test-helpers';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('quirks of real compose files', () => {
  it('relative binds and build-only services (awesome-compose)', () => {
    const { container, doc, report } = convertOk(fixture('relative-binds-build-only.yaml'), 'auto', { launchType: 'ec2' });
    expect(container('backend').image).toBe('${BACKEND_IMAGE}');
    expect(container('backend').command).toEqual(['npm', 'run', 'start-watch']);
    expect(doc.volumes).toContainEqual({ name: 'backend-src', host: { sourcePath: './backend/src' } });
    expect(container('backend').mountPoints).toContainEqual({ sourceVolume: 'backend-src', containerPath: '/code/src', readOnly: true });
    expectEntry(report, 'services.backend.build', /only has a build/);
    expectEntry(report, 'services.backend.volumes.0', /relative path/);
    expectEntry(report, 'secrets', /Secrets Manager/);
  });

  it('host IPs, version keys and healthy dependencies (example-voting-app)', () => {
    const { container, report } = convertOk(fixture('host-ips-version.yaml'));
    expect(container('result').portMappings).toContainEqual({ containerPort: 9229, protocol: 'tcp' });
    expect(container('vote').dependsOn).toEqual([{ containerName: 'redis', condition: 'HEALTHY' }]);
    expect(container('redis').healthCheck).toEqual({ command: ['CMD-SHELL', '/healthchecks/redis.sh'], interval: 5 });
    expectEntry(report, 'version', /obsolete/);
    expectEntry(report, 'services.result.ports.1', /host IP \(127\.0\.0\.1\)/);
  });

  it('anchors, merge keys, defaults and UDP port ranges (sentry self-hosted, coturn)', () => {
    const { container, report } = convertOk(fixture('anchors-port-ranges.yaml'));
    expect(container('memcached')).toMatchObject({
      image: 'memcached:1.6.26-alpine',
      command: ['memcached', '-I', '1M'],
      restartPolicy: { enabled: true },
      healthCheck: { command: ['CMD-SHELL', 'echo stats | nc 127.0.0.1 11211'], timeout: 60, retries: 10 },
    });
    expect(container('turn')).toMatchObject({
      image: 'coturn/coturn:4.6',
      portMappings: [
        { containerPort: 3478, protocol: 'udp' },
        { containerPortRange: '49160-49200', protocol: 'udp' },
      ],
      dependsOn: [{ containerName: 'memcached', condition: 'HEALTHY' }],
    });
    expectEntry(report, 'services.memcached.healthcheck.interval', /HEALTHCHECK_INTERVAL is not set/);
    expectEntry(report, 'services.memcached.healthcheck.interval', /Cannot read "\$\{HEALTHCHECK_INTERVAL\}" as a duration/);
    expectEntry(report, 'x-restart-policy', /Extension field/);
  });
});
