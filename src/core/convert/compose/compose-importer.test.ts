import { describe, expect, it } from 'vitest';
import { detectInputFormat, importText } from '../index';
import { convertOk, expectEntry } from './test-helpers';

const compose = (services: string, top = '') => `services:\n${services}\n${top}`;

describe('compose: detection and the task', () => {
  it('detects a compose file by its top-level services mapping, in YAML and JSON', () => {
    expect(detectInputFormat('services:\n  web:\n    image: nginx\n')).toBe('compose');
    expect(detectInputFormat('{"services": {"web": {"image": "nginx"}}}')).toBe('compose');
    expect(detectInputFormat('family: web\ncontainerDefinitions: []\n')).toBe('json');
  });

  it('makes every service a container on Fargate with awsvpc and the smallest size that holds the sums', () => {
    const { doc, report } = convertOk(
      compose('  web:\n    image: nginx:1.27\n    mem_limit: 600m\n    cpus: 0.5\n  db:\n    image: postgres:16\n    mem_limit: 1g\n'),
    );
    expect(doc).toMatchObject({ networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '512', memory: '2048' });
    expect((doc.containerDefinitions as unknown[]).length).toBe(2);
    expectEntry(report, '', /1624 MiB.*cpu 512, memory 2048/);
  });

  it('uses bridge on EC2 and reserves memory for containers that state none, reported', () => {
    const { doc, container, report } = convertOk(compose('  web:\n    image: nginx:1.27\n'), 'compose', { launchType: 'ec2' });
    expect(doc).toMatchObject({ networkMode: 'bridge', requiresCompatibilities: ['EC2'] });
    expect(doc.cpu).toBeUndefined();
    expect(container('web').memoryReservation).toBe(256);
    expectEntry(report, '', /states no memory/, 'warning');
  });

  it('converts only the chosen services and drops dependencies on the others, reported', () => {
    const { doc, container, report } = convertOk(
      compose('  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: postgres\n'),
      'compose',
      { services: ['web'] },
    );
    expect((doc.containerDefinitions as unknown[]).length).toBe(1);
    expect(container('web').dependsOn).toEqual([]);
    expectEntry(report, 'services.db', /not chosen/);
    expectEntry(report, 'services.web.depends_on.0', /not a container of this task/);
  });

  it('takes the family from the compose name, and reports the version key as obsolete', () => {
    const { doc, report } = convertOk(`version: "3.8"\nname: shop\n${compose('  web:\n    image: nginx')}`);
    expect(doc.family).toBe('shop');
    expectEntry(report, 'version', /obsolete/);
  });

  it('refuses a YAML syntax error with its line, and a file without services', () => {
    const broken = importText('services:\n  web:\n    image: [nginx\n', 'compose');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toMatch(/line \d/);
    expect(importText('services: 3\n', 'compose').ok).toBe(false);
  });
});

describe('compose: YAML anchors, merge keys, x- fields and interpolation', () => {
  it('applies anchors and merge keys from x- fields and reports the x- field itself once', () => {
    const text =
      'x-common: &common\n  restart: always\n  environment:\n    TZ: UTC\nservices:\n  web:\n    <<: *common\n    image: nginx\n';
    const { container, report } = convertOk(text);
    expect(container('web').restartPolicy).toEqual({ enabled: true });
    expect(container('web').environment).toEqual([{ name: 'TZ', value: 'UTC' }]);
    expectEntry(report, 'x-common', /Extension field/);
  });

  it('resolves ${VAR:-default} and ${VAR-default}, keeps unset variables as placeholders and reports each', () => {
    const text = compose(
      '  web:\n    image: "nginx:${TAG:-1.27}"\n    environment:\n      A: "${UNSET}"\n      B: "${B-fallback}"\n      C: "$$HOME"\n      D: "${REQ:?set it}"\n',
    );
    const { container, report } = convertOk(text);
    expect(container('web').image).toBe('nginx:1.27');
    expect(container('web').environment).toEqual([
      { name: 'A', value: '${UNSET}' },
      { name: 'B', value: 'fallback' },
      { name: 'C', value: '$HOME' },
      { name: 'D', value: '${REQ}' },
    ]);
    expectEntry(report, 'services.web.image', /TAG is not set; used its default "1.27"/, 'info');
    expectEntry(report, 'services.web.environment.A', /UNSET is not set; kept as the placeholder/, 'warning');
    expectEntry(report, 'services.web.environment.D', /REQ is required \(set it\)/, 'warning');
  });

  it('gives a build-only service a placeholder image, reported', () => {
    const { container, report } = convertOk(compose('  api:\n    build: ./api\n'));
    expect(container('api').image).toBe('${API_IMAGE}');
    expectEntry(report, 'services.api.build', /only has a build/, 'warning');
  });
});

describe('compose: ports', () => {
  const ports = (list: string, launchType: 'fargate' | 'ec2' = 'fargate') =>
    convertOk(compose(`  web:\n    image: nginx\n    ports:\n${list}`), 'compose', { launchType });

  it('maps short syntax: a bare port, published:target in bridge as hostPort, /udp and ranges', () => {
    const { container } = ports('      - "3000"\n      - "8080:80"\n      - "53:53/udp"\n      - "9000-9005:9000-9005"\n', 'ec2');
    expect(container('web').portMappings).toEqual([
      { containerPort: 3000, protocol: 'tcp' },
      { containerPort: 80, hostPort: 8080, protocol: 'tcp' },
      { containerPort: 53, hostPort: 53, protocol: 'udp' },
      { containerPortRange: '9000-9005', protocol: 'tcp' },
    ]);
  });

  it('reports a published port that differs from the target in awsvpc, and host IPs', () => {
    const { container, report } = ports('      - "127.0.0.1:8080:80"\n      - "[::1]:5000:5000"\n');
    expect(container('web').portMappings).toEqual([
      { containerPort: 80, protocol: 'tcp' },
      { containerPort: 5000, protocol: 'tcp' },
    ]);
    expectEntry(report, 'services.web.ports.0', /host IP \(127\.0\.0\.1\)/);
    expectEntry(report, 'services.web.ports.0', /reachable as 80, not 8080/);
    expectEntry(report, 'services.web.ports.1', /host IP \(::1\)/);
  });

  it('maps long syntax with name and app_protocol, and reports unreadable ports and sctp', () => {
    const { container, report } = ports(
      '      - target: 80\n        published: "8080"\n        name: web\n        app_protocol: http\n        mode: ingress\n      - "${PORT}:80"\n      - "132:132/sctp"\n',
      'ec2',
    );
    expect(container('web').portMappings).toEqual([
      { name: 'web', containerPort: 80, hostPort: 8080, protocol: 'tcp', appProtocol: 'http' },
    ]);
    expectEntry(report, 'services.web.ports.0', /mode "ingress"/);
    expectEntry(report, 'services.web.ports.1', /Cannot read/);
    expectEntry(report, 'services.web.ports.2', /sctp/);
  });
});

describe('compose: environment, env_file, labels, depends_on', () => {
  it('maps environment lists and maps, and keeps a value-less name as a placeholder', () => {
    const { container, report } = convertOk(
      compose('  a:\n    image: x\n    environment: ["A=1", "B=x=y", "C"]\n  b:\n    image: x\n    environment: {N: 3, T: true}\n'),
    );
    expect(container('a').environment).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: 'x=y' },
      { name: 'C', value: '${C}' },
    ]);
    expect(container('b').environment).toEqual([
      { name: 'N', value: '3' },
      { name: 'T', value: 'true' },
    ]);
    expectEntry(report, 'services.a.environment.2', /shell environment/);
  });

  it('reports env_file with how to use it from S3', () => {
    const { report } = convertOk(compose('  a:\n    image: x\n    env_file: [.env, {path: ./prod.env, required: false}]\n'));
    expectEntry(report, 'services.a.env_file.0', /upload \.env to S3.*environmentFiles/);
    expectEntry(report, 'services.a.env_file.1', /arn:aws:s3:::BUCKET\/prod\.env/);
  });

  it('maps depends_on conditions and makes a completed dependency non-essential', () => {
    const text = compose(
      '  web:\n    image: x\n    depends_on:\n      db: {condition: service_healthy}\n      migrate: {condition: service_completed_successfully}\n      cache: {condition: service_started}\n  db:\n    image: p\n    healthcheck: {test: ["CMD", "pg_isready"]}\n  migrate:\n    image: m\n  cache:\n    image: r\n',
    );
    const { container } = convertOk(text);
    expect(container('web').dependsOn).toEqual([
      { containerName: 'db', condition: 'HEALTHY' },
      { containerName: 'migrate', condition: 'SUCCESS' },
      { containerName: 'cache', condition: 'START' },
    ]);
    expect(container('migrate').essential).toBe(false);
    expect(container('web').essential).toBe(true);
  });

  it('warns when a service waits for a healthy service that has no healthcheck', () => {
    const { report } = convertOk(
      compose('  web:\n    image: x\n    depends_on: {db: {condition: service_healthy}}\n  db:\n    image: p\n'),
    );
    expectEntry(report, 'services.web.depends_on.db', /no healthcheck/, 'warning');
  });

  it('maps labels to dockerLabels', () => {
    const { container } = convertOk(compose('  a:\n    image: x\n    labels: ["a=1", "b"]\n'));
    expect(container('a').dockerLabels).toEqual({ a: '1', b: '' });
  });
});

describe('compose: healthcheck', () => {
  it('converts durations to seconds and clamps values outside the ECS ranges, reported', () => {
    const text = compose(
      '  a:\n    image: x\n    healthcheck:\n      test: curl -f http://localhost\n      interval: 1m30s\n      timeout: 90s\n      retries: 20\n      start_period: 1.5s\n      start_interval: 1s\n',
    );
    const { container, report } = convertOk(text);
    expect(container('a').healthCheck).toEqual({
      command: ['CMD-SHELL', 'curl -f http://localhost'],
      interval: 90,
      timeout: 60,
      retries: 10,
      startPeriod: 2,
    });
    expectEntry(report, 'services.a.healthcheck.timeout', /from 2 to 60; 90 is set to 60/, 'warning');
    expectEntry(report, 'services.a.healthcheck.retries', /from 1 to 10/);
    expectEntry(report, 'services.a.healthcheck.start_period', /rounded up to 2/);
    expectEntry(report, 'services.a.healthcheck.start_interval', /no start interval/);
  });

  it('keeps no health check when disabled or NONE', () => {
    const { container } = convertOk(
      compose('  a:\n    image: x\n    healthcheck: {disable: true}\n  b:\n    image: x\n    healthcheck: {test: [NONE]}\n'),
    );
    expect(container('a').healthCheck).toBeUndefined();
    expect(container('b').healthCheck).toBeUndefined();
  });
});

describe('compose: command, entrypoint and container settings', () => {
  it('splits string commands as a shell would and keeps lists', () => {
    const { container } = convertOk(compose(`  a:\n    image: x\n    command: sh -c 'echo "hi there"'\n    entrypoint: ["/init", "--"]\n`));
    expect(container('a').command).toEqual(['sh', '-c', 'echo "hi there"']);
    expect(container('a').entryPoint).toEqual(['/init', '--']);
  });

  it('maps user, working_dir, read_only, init, tty, stdin_open, ulimits, sysctls, cap_add/cap_drop, stop_grace_period', () => {
    const text = compose(
      '  a:\n    image: x\n    user: "1000:1000"\n    working_dir: /app\n    read_only: true\n    init: true\n    tty: true\n    stdin_open: true\n    ulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 512}\n    sysctls: {net.core.somaxconn: 1024}\n    cap_add: [CAP_NET_ADMIN]\n    cap_drop: [ALL]\n    stop_grace_period: 1m30s\n',
    );
    expect(convertOk(text, 'compose', { launchType: 'ec2' }).container('a')).toMatchObject({
      user: '1000:1000',
      workingDirectory: '/app',
      readonlyRootFilesystem: true,
      pseudoTerminal: true,
      interactive: true,
      ulimits: [
        { name: 'nofile', softLimit: 1024, hardLimit: 2048 },
        { name: 'nproc', softLimit: 512, hardLimit: 512 },
      ],
      systemControls: [{ namespace: 'net.core.somaxconn', value: '1024' }],
      linuxParameters: { initProcessEnabled: true, capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] } },
      stopTimeout: 90,
    });
  });

  it('clamps stop_grace_period to 120 on Fargate, reported', () => {
    const { container, report } = convertOk(compose('  a:\n    image: x\n    stop_grace_period: 5m\n'));
    expect(container('a').stopTimeout).toBe(120);
    expectEntry(report, 'services.a.stop_grace_period', /up to 120/);
  });

  it('keeps privileged, hostname, extra_hosts, dns, links, devices and shm_size on EC2 bridge', () => {
    const text = compose(
      '  a:\n    image: x\n    privileged: true\n    hostname: box\n    extra_hosts: ["db:10.0.0.2", "v6=::1"]\n    dns: 8.8.8.8\n    dns_search: [corp]\n    links: ["b:bee"]\n    devices: ["/dev/fuse:/dev/fuse:rwm"]\n    shm_size: 256m\n  b:\n    image: y\n',
    );
    expect(convertOk(text, 'compose', { launchType: 'ec2' }).container('a')).toMatchObject({
      privileged: true,
      hostname: 'box',
      extraHosts: [
        { hostname: 'db', ipAddress: '10.0.0.2' },
        { hostname: 'v6', ipAddress: '::1' },
      ],
      dnsServers: ['8.8.8.8'],
      dnsSearchDomains: ['corp'],
      links: ['b:bee'],
      linuxParameters: {
        devices: [{ hostPath: '/dev/fuse', containerPath: '/dev/fuse', permissions: ['read', 'write', 'mknod'] }],
        sharedMemorySize: 256,
      },
    });
  });

  it('leaves out on Fargate what Fargate and awsvpc lack, each reported', () => {
    const text = compose(
      '  a:\n    image: x\n    privileged: true\n    hostname: box\n    extra_hosts: ["db:10.0.0.2"]\n    dns: 8.8.8.8\n    devices: ["/dev/fuse"]\n    shm_size: 1g\n    tmpfs: /run\n',
    );
    const { container, report } = convertOk(text);
    const a = container('a');
    expect(a.privileged).toBeUndefined();
    expect(a.hostname).toBeUndefined();
    expect(a.extraHosts).toBeUndefined();
    expect(a.dnsServers).toBeUndefined();
    expect(a.linuxParameters).toBeUndefined();
    for (const key of ['privileged', 'devices', 'shm_size', 'tmpfs']) expectEntry(report, `services.a.${key}`, /Fargate has no/);
    for (const key of ['hostname', 'extra_hosts', 'dns']) expectEntry(report, `services.a.${key}`, /awsvpc network mode has no/);
  });

  it('maps logging, restart and platform, and reports log drivers ECS lacks', () => {
    const text = compose(
      '  a:\n    image: x\n    logging: {driver: awslogs, options: {awslogs-group: /a, max: 3}}\n    restart: on-failure:3\n    platform: linux/arm64\n  b:\n    image: x\n    logging: {driver: loki}\n',
    );
    const { doc, container, report } = convertOk(text);
    expect(container('a').logConfiguration).toEqual({ logDriver: 'awslogs', options: { 'awslogs-group': '/a', max: '3' } });
    expect(container('a').restartPolicy).toEqual({ enabled: true });
    expect(doc.runtimePlatform).toEqual({ operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' });
    expect(container('b').logConfiguration).toBeUndefined();
    expectEntry(report, 'services.b.logging.driver', /no log driver "loki"/);
    expectEntry(report, 'services.a.restart', /no retry limit/);
  });

  it('maps pid and ipc to the task on EC2 and network_mode host', () => {
    const { doc } = convertOk(compose('  a:\n    image: x\n    pid: host\n    ipc: host\n    network_mode: host\n'), 'compose', {
      launchType: 'ec2',
    });
    expect(doc).toMatchObject({ pidMode: 'host', ipcMode: 'host', networkMode: 'host' });
  });
});

describe('compose: resources', () => {
  it('maps deploy.resources limits, reservations and GPUs, and reports replicas and placement', () => {
    const text = compose(
      '  a:\n    image: x\n    deploy:\n      replicas: 3\n      placement: {constraints: [node.role==manager]}\n      resources:\n        limits: {cpus: "1.5", memory: 1G, pids: 100}\n        reservations:\n          memory: 256M\n          devices: [{capabilities: [gpu], count: 2}]\n',
    );
    const { container, report } = convertOk(text, 'compose', { launchType: 'ec2' });
    expect(container('a')).toMatchObject({
      cpu: 1536,
      memory: 1024,
      memoryReservation: 256,
      resourceRequirements: [{ type: 'GPU', value: '2' }],
    });
    expectEntry(report, 'services.a.deploy.replicas', /desiredCount/);
    expectEntry(report, 'services.a.deploy.placement', /set it on the ECS service/);
    expectEntry(report, 'services.a.deploy.resources.limits.pids', /no ECS equivalent/);
  });

  it('maps mem_limit, mem_reservation, memswap_limit and cpu_shares', () => {
    const { container } = convertOk(
      compose('  a:\n    image: x\n    mem_limit: 512m\n    mem_reservation: 128m\n    memswap_limit: 1g\n    cpu_shares: 256\n'),
      'compose',
      { launchType: 'ec2' },
    );
    expect(container('a')).toMatchObject({ memory: 512, memoryReservation: 128, cpu: 256, linuxParameters: { maxSwap: 512 } });
  });
});

describe('compose: keys with no ECS equivalent', () => {
  it('reports each at its path', () => {
    const text = compose(
      '  a:\n    image: x\n    container_name: my-a\n    networks: [front]\n    profiles: [dev]\n    configs: [c]\n    secrets: [s]\n    expose: ["80"]\n    extends: {service: b}\n    frobnicate: 1\n',
      'networks:\n  front: {}\nsecrets:\n  s: {file: ./s.txt}\nconfigs:\n  c: {file: ./c}\n',
    );
    const { report } = convertOk(text);
    for (const key of ['container_name', 'networks', 'profiles', 'configs', 'secrets', 'expose', 'extends', 'frobnicate'])
      expect(
        report.some((e) => e.source === `services.a.${key}`),
        key,
      ).toBe(true);
    for (const key of ['networks', 'secrets', 'configs'])
      expect(
        report.some((e) => e.source === key),
        key,
      ).toBe(true);
  });
});

describe('compose: what ECS limits', () => {
  it('leaves out capabilities Fargate cannot add, reported, and keeps them on EC2', () => {
    const text = compose('  a:\n    image: x\n    cap_add: [NET_ADMIN, SYS_PTRACE]\n');
    const fargate = convertOk(text);
    expect(fargate.container('a').linuxParameters).toEqual({ capabilities: { add: ['SYS_PTRACE'] } });
    expectEntry(fargate.report, 'services.a.cap_add', /Fargate only adds SYS_PTRACE; NET_ADMIN left out/);
    expect(convertOk(text, 'compose', { launchType: 'ec2' }).container('a').linuxParameters).toEqual({
      capabilities: { add: ['NET_ADMIN', 'SYS_PTRACE'] },
    });
  });

  it('reports more than 10 chosen services as an error at services', () => {
    const many = Array.from({ length: 11 }, (_, i) => `  s${i}:\n    image: x\n`).join('');
    expectEntry(convertOk(compose(many)).report, 'services', /at most 10 containers/, 'error');
  });
});
