import { at, container, ec2, error, fargate, none, warning, type RuleCase } from './builders';
import { taskRuntimeCases } from './task-runtime-cases';

/** Rule cases for the task's identity, containers, placement, tags and size; the rest in task-runtime-cases.ts. */
const big = 'x'.repeat(70_000);
const bigEnv = (n: number) => [{ name: 'BLOB', value: 'y'.repeat(n) }];

export const taskCases: RuleCase[] = [
  { rule: 'task-required-fields', name: 'accepts a family of letters, digits, hyphens and underscores', doc: fargate(), expect: none },
  {
    rule: 'task-required-fields',
    name: 'reports a missing family at the document root',
    doc: { ...fargate(), family: undefined },
    expect: [error([])],
  },
  {
    rule: 'task-required-fields',
    name: 'reports a family with spaces at the family field',
    doc: fargate(undefined, { family: 'my app' }),
    expect: [error(['family'])],
  },
  {
    rule: 'task-required-fields',
    name: 'skips a family that is a template placeholder',
    doc: fargate(undefined, { family: '${FAMILY}' }),
    expect: none,
  },
  { rule: 'task-required-fields', name: 'reports an empty container list', doc: fargate([]), expect: [error(['containerDefinitions'])] },
  {
    rule: 'task-required-fields',
    name: 'reports more than ten containers',
    doc: ec2(Array.from({ length: 11 }, (_, i) => container({ name: `c${i}`, cpu: 0 }))),
    expect: [error(['containerDefinitions'])],
    message: /at most 10/,
  },
  { rule: 'task-size-limit', name: 'accepts a document well below 64 KiB', doc: fargate(), expect: none },
  {
    rule: 'task-size-limit',
    name: 'reports a document above 65,536 bytes as an error',
    doc: fargate([container({ environment: [{ name: 'A', value: big }] })]),
    expect: [error([])],
  },
  {
    rule: 'task-size-limit',
    name: 'warns from 90 % of the size limit',
    doc: fargate([container({ environment: bigEnv(60_000) })]),
    expect: [warning([])],
  },
  {
    rule: 'essential-container',
    name: 'counts an omitted essential as true',
    doc: fargate([container({ essential: undefined })]),
    expect: none,
  },
  {
    rule: 'essential-container',
    name: 'reports a task whose containers are all non-essential',
    doc: fargate([container({ essential: false }), container({ name: 'b', essential: 'false' })]),
    expect: [error(['containerDefinitions'])],
  },
  {
    rule: 'container-name',
    name: 'accepts unique valid container names',
    doc: fargate([container(), container({ name: 'side', cpu: 0 })]),
    expect: none,
  },
  {
    rule: 'container-name',
    name: 'reports a container without a name at the container',
    doc: fargate([container({ name: undefined })]),
    expect: [error(at(0))],
  },
  {
    rule: 'container-name',
    name: 'reports invalid characters in a container name',
    doc: fargate([container({ name: 'my app' })]),
    expect: [error(at(0, 'name'))],
  },
  {
    rule: 'container-name',
    name: 'reports the second of two containers with the same name',
    doc: fargate([container(), container({ cpu: 0 })]),
    expect: [error(at(1, 'name'))],
    message: /already used by container #1/,
  },
  {
    rule: 'container-image',
    name: 'accepts a tagged image and a digest',
    doc: fargate([container(), container({ name: 'b', cpu: 0, image: `busybox@sha256:${'a'.repeat(64)}` })]),
    expect: none,
  },
  {
    rule: 'container-image',
    name: 'reports a container without an image',
    doc: fargate([container({ image: undefined })]),
    expect: [error(at(0))],
  },
  { rule: 'container-image', name: 'reports an empty image', doc: fargate([container({ image: ' ' })]), expect: [error(at(0, 'image'))] },
  {
    rule: 'container-image',
    name: 'reports characters Docker does not accept',
    doc: fargate([container({ image: 'nginx latest' })]),
    expect: [error(at(0, 'image'))],
  },
  {
    rule: 'container-image',
    name: 'reports a malformed digest',
    doc: fargate([container({ image: 'nginx@sha256:abc' })]),
    expect: [error(at(0, 'image'))],
  },
  {
    rule: 'container-image',
    name: 'accepts upper case in the registry host and the tag',
    doc: fargate([
      container({ image: 'MyRegistry.example.com:5000/team/app:Release-1.2' }),
      container({ name: 'b', cpu: 0, image: 'ACCOUNT_ID.dkr.ecr.REGION.amazonaws.com/app:IMAGE_TAG' }),
    ]),
    expect: none,
  },
  {
    rule: 'container-image',
    name: 'reports upper case in the repository name, which Docker cannot pull',
    doc: fargate([container({ image: 'ghcr.io/GoogleChromeLabs/bubblewrap:latest' }), container({ name: 'b', cpu: 0, image: 'Nginx' })]),
    expect: [error(at(0, 'image')), error(at(1, 'image'))],
    message:
      /repository name "GoogleChromeLabs\/bubblewrap"; Docker refuses to pull it \("invalid reference format: repository name must be lowercase"\)/,
  },
  {
    rule: 'container-image',
    name: 'warns about an unfilled all-caps placeholder and an upper-case first component read as a host',
    doc: fargate([container({ image: 'IMAGE_PLACEHOLDER' }), container({ name: 'b', cpu: 0, image: 'MyOrg/app:1' })]),
    expect: [warning(at(0, 'image')), warning(at(1, 'image'))],
    message: /looks like a placeholder never filled in/,
  },
  {
    rule: 'container-image',
    name: 'reports a tag Docker does not accept',
    doc: fargate([container({ image: 'nginx:-latest' })]),
    expect: [error(at(0, 'image'))],
    message: /not a valid Docker tag/,
  },
  {
    rule: 'container-image',
    name: 'skips an image made of placeholders',
    doc: fargate([container({ image: '<IMAGE1_NAME>' })]),
    expect: none,
  },
  {
    rule: 'placement-constraints',
    name: 'accepts memberOf constraints',
    doc: ec2(undefined, { placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }] }),
    expect: none,
  },
  {
    rule: 'placement-constraints',
    name: 'reports a distinctInstance constraint in a task definition',
    doc: ec2(undefined, { placementConstraints: [{ type: 'distinctInstance' }] }),
    expect: [error(['placementConstraints', 0, 'type'])],
  },
  {
    rule: 'placement-constraints',
    name: 'reports more than ten placement constraints',
    doc: ec2(undefined, { placementConstraints: Array.from({ length: 11 }, () => ({ type: 'memberOf', expression: 'x' })) }),
    expect: [error(['placementConstraints'])],
  },
  {
    rule: 'tags',
    name: 'accepts unique tag keys',
    doc: fargate(undefined, {
      tags: [
        { key: 'team', value: 'a' },
        { key: 'env', value: 'prod' },
      ],
    }),
    expect: none,
  },
  {
    rule: 'tags',
    name: 'reports a repeated tag key',
    doc: fargate(undefined, {
      tags: [
        { key: 'team', value: 'a' },
        { key: 'team', value: 'b' },
      ],
    }),
    expect: [error(['tags', 1, 'key'])],
  },
  {
    rule: 'tags',
    name: 'reports the reserved aws: prefix in any case',
    doc: fargate(undefined, { tags: [{ key: 'AWS:owner', value: 'x' }] }),
    expect: [error(['tags', 0, 'key'])],
  },
  { rule: 'tags', name: 'reports a tag without a key', doc: fargate(undefined, { tags: [{ value: 'x' }] }), expect: [error(['tags', 0])] },
  {
    rule: 'task-cpu-memory-format',
    name: 'accepts vCPU and GB forms',
    doc: fargate(undefined, { cpu: '1 vCPU', memory: '2 GB' }),
    expect: none,
  },
  {
    rule: 'task-cpu-memory-format',
    name: 'reports task cpu written in an unknown unit',
    doc: fargate(undefined, { cpu: '1 core' }),
    expect: [error(['cpu'])],
  },
  {
    rule: 'task-cpu-memory-format',
    name: 'reports task memory written in MB',
    doc: ec2(undefined, { memory: '512 MB' }),
    expect: [error(['memory'])],
  },
  {
    rule: 'task-cpu-memory-format',
    name: 'reports EC2 task cpu below 128 units',
    doc: ec2([container({ cpu: 0 })], { cpu: '64', memory: '512' }),
    expect: [error(['cpu'])],
  },
  {
    rule: 'fargate-cpu-memory',
    name: 'accepts a supported Fargate size',
    doc: fargate(undefined, { cpu: '1024', memory: '8192' }),
    expect: none,
  },
  {
    rule: 'fargate-cpu-memory',
    name: 'accepts "1 vcpu" with "2 gb"',
    doc: fargate(undefined, { cpu: '1 vcpu', memory: '2 gb' }),
    expect: none,
  },
  {
    rule: 'fargate-cpu-memory',
    name: 'reports memory that does not pair with the cpu',
    doc: fargate(undefined, { cpu: '256', memory: '4096' }),
    expect: [error(['memory'])],
    message: /512, 1024 or 2048/,
  },
  {
    rule: 'fargate-cpu-memory',
    name: 'reports a cpu value Fargate does not offer',
    doc: fargate(undefined, { cpu: '768' }),
    expect: [error(['cpu'])],
  },
  {
    rule: 'fargate-cpu-memory',
    name: 'reports missing task cpu and memory on Fargate',
    doc: fargate(undefined, { cpu: undefined, memory: undefined }),
    expect: [error([]), error([])],
  },
  {
    rule: 'fargate-cpu-memory',
    name: 'warns about the unconfirmed 32 vCPU size',
    doc: fargate([container()], { cpu: '32768', memory: '61440' }),
    expect: [warning(['cpu'])],
  },
  {
    rule: 'fargate-cpu-memory',
    name: 'reports Windows on Fargate below 1 vCPU',
    doc: fargate(undefined, { cpu: '512', memory: '1024', runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }),
    expect: [error(['cpu'])],
  },
  {
    rule: 'fargate-cpu-memory',
    name: 'skips sizes given as placeholders',
    doc: fargate(undefined, { cpu: '${CPU}', memory: '${MEMORY}' }),
    expect: none,
  },
  ...taskRuntimeCases,
];
