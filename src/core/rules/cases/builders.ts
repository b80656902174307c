/**
 * Builders for rule test documents: a clean base that triggers no rule at all, which each case then bends
 * just enough to trigger (or not) one rule.
 */
import type { Severity } from '../../issues';
import type { Path } from '../../paths';

type Json = Record<string, unknown>;

export interface RuleCase {
  /** Rule id under test; only its issues are compared. */
  rule: string;
  /** Present-tense sentence about the behaviour. */
  name: string;
  doc: unknown;
  /** Expected issues of that rule, in order (an empty list for a passing document). */
  expect: { path: Path; severity: Severity }[];
  /** Optional pattern the first issue's message must match. */
  message?: RegExp;
}

/** A container that satisfies every rule (including the best-practice ones). */
export function container(overrides: Json = {}): Json {
  return {
    name: 'app',
    image: 'public.ecr.aws/nginx/nginx:1.27',
    cpu: 256,
    memory: 512,
    essential: true,
    user: '1000',
    readonlyRootFilesystem: true,
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'web' },
    },
    ...overrides,
  };
}

/** A valid Fargate task definition (awsvpc, 0.5 vCPU / 1 GiB) with the given containers. */
export function fargate(containers: Json[] = [container()], overrides: Json = {}): Json {
  return {
    family: 'web',
    executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
    taskRoleArn: 'arn:aws:iam::123456789012:role/task',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '512',
    memory: '1024',
    containerDefinitions: containers,
    ...overrides,
  };
}

/** A valid EC2 task definition in bridge mode with the given containers. */
export function ec2(containers: Json[] = [container()], overrides: Json = {}): Json {
  return {
    family: 'web',
    executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
    taskRoleArn: 'arn:aws:iam::123456789012:role/task',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: containers,
    ...overrides,
  };
}

/** Path of a field in container `i`. */
export function at(i: number, ...rest: (string | number)[]): Path {
  return ['containerDefinitions', i, ...rest];
}

export const none: RuleCase['expect'] = [];
export const error = (path: Path) => ({ path, severity: 'error' as const });
export const warning = (path: Path) => ({ path, severity: 'warning' as const });
export const info = (path: Path) => ({ path, severity: 'info' as const });
