/**
 * Conversion benchmark (run: npx tsx bench/convert.ts). Times the compose importer (YAML parse with merge keys,
 * interpolation, mapping, report) on a generated 20-service compose file that uses every common key, on Fargate and
 * on EC2, and `docker run` and Kubernetes inputs of similar size. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { importText } from '../src/core/convert';
import type { InputFormat } from '../src/core/convert';
import { printRow } from './stats';

const SERVICES = 20;

function composeFile(): string {
  const lines = [
    'name: bench',
    'x-defaults: &defaults',
    '  restart: unless-stopped',
    '  logging:',
    '    driver: awslogs',
    '    options: {awslogs-group: /bench}',
    'services:',
  ];
  for (let i = 0; i < SERVICES; i++) {
    lines.push(
      `  svc${i}:`,
      '    <<: *defaults',
      `    image: "example/svc${i}:\${TAG:-1.${i}}"`,
      `    command: ["serve", "--port", "${3000 + i}"]`,
      `    ports: ["${8000 + i}:${3000 + i}", "127.0.0.1:${9000 + i}:${9000 + i}/udp"]`,
      '    environment:',
      ...Array.from({ length: 10 }, (_, k) => `      VAR_${k}: "value-${k}-\${UNSET_${k}:-x}"`),
      `    volumes: ["data${i}:/data", "./conf/${i}:/etc/conf:ro"]`,
      '    healthcheck: {test: ["CMD", "wget", "-qO-", "http://localhost/health"], interval: 1m30s, timeout: 10s, retries: 3}',
      `    depends_on: ${i === 0 ? '[]' : `{svc${i - 1}: {condition: service_healthy}}`}`,
      '    deploy: {resources: {limits: {cpus: "0.25", memory: 256M}}}',
      '    ulimits: {nofile: {soft: 1024, hard: 4096}}',
      '    networks: [back]',
    );
  }
  lines.push('volumes:', ...Array.from({ length: SERVICES }, (_, i) => `  data${i}: {}`), 'networks:', '  back: {}');
  return `${lines.join('\n')}\n`;
}

function dockerRunLines(): string {
  return Array.from(
    { length: 10 },
    (_, i) =>
      `docker run -d --name c${i} -p ${8000 + i}:80 -e A=1 -e B=2 -v ./d${i}:/d:ro --health-cmd 'curl -f localhost' --health-interval 30s --memory 256m --cpus 0.25 nginx:1.27`,
  ).join('\n');
}

function kubernetesManifest(): string {
  const container = (i: number) =>
    `        - name: c${i}\n          image: example/c${i}:1\n          resources: {requests: {cpu: 250m, memory: 256Mi}}\n          env: [{name: A, value: "1"}, {name: S, valueFrom: {secretKeyRef: {name: s, key: k}}}]\n          livenessProbe: {exec: {command: [cat, /ok]}}`;
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: bench}\nspec:\n  template:\n    spec:\n      containers:\n${Array.from({ length: 10 }, (_, i) => container(i)).join('\n')}\n`;
}

function time(text: string, format: InputFormat, launchType: 'fargate' | 'ec2', runs = 200): number[] {
  for (let i = 0; i < 20; i++) importText(text, format, { launchType });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = importText(text, format, { launchType });
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error(`bench input refused: ${result.message}`);
  }
  return samples;
}

const compose = composeFile();
console.log(`compose file: ${SERVICES} services, ${(compose.length / 1024).toFixed(1)} KiB`);
printRow('convert compose → task definition (Fargate)', time(compose, 'compose', 'fargate'), 'ms');
printRow('convert compose → task definition (EC2)', time(compose, 'compose', 'ec2'), 'ms');
printRow('convert 10 docker run lines', time(dockerRunLines(), 'docker-run', 'fargate'), 'ms');
printRow('convert a 10-container Deployment', time(kubernetesManifest(), 'kubernetes', 'fargate'), 'ms');
