import { z } from 'zod';
import { int32, intIn, opt, req, stringList } from './common';

/** HealthCheck.command must start with `CMD` (exec form) or `CMD-SHELL` (shell form). */
const healthCheckCommand = stringList().superRefine((command, ctx) => {
  const first = command[0];
  if (first === 'CMD' || first === 'CMD-SHELL') return;
  ctx.addIssue({
    code: 'custom',
    message: 'the first element must be "CMD" (exec form) or "CMD-SHELL" (shell form)',
    path: command.length > 0 ? [0] : [],
    input: first,
  });
});

/** HealthCheck: a Docker health check run inside the container. */
export const healthCheckSchema = z.strictObject({
  command: req(healthCheckCommand, 'Check to run: ["CMD", "exe", "arg"] or ["CMD-SHELL", "shell command"]; exit code 0 means healthy.'),
  interval: opt(intIn(5, 300), 'Seconds between checks, 5-300 (default 30).'),
  timeout: opt(intIn(2, 60), 'Seconds a check may take before it counts as failed, 2-60 (default 5).'),
  retries: opt(intIn(1, 10), 'Consecutive failures before the container is unhealthy, 1-10 (default 3).'),
  startPeriod: opt(intIn(0, 300), 'Grace period in seconds before failures count, 0-300 (default off).'),
});
export type HealthCheck = z.infer<typeof healthCheckSchema>;

/** ContainerRestartPolicy: restart the container in place instead of replacing the task. */
export const containerRestartPolicySchema = z.strictObject({
  enabled: req(z.boolean(), 'Turns the restart policy on or off.'),
  ignoredExitCodes: opt(z.array(int32()).max(50), 'Exit codes that do not trigger a restart (at most 50).'),
  restartAttemptPeriod: opt(intIn(60, 1800), 'Seconds the container must run before a restart is attempted again, 60-1800 (default 300).'),
});
export type ContainerRestartPolicy = z.infer<typeof containerRestartPolicySchema>;
