import type { Issue } from '../issues';
import { issue } from './helpers';
import type { Rule } from './types';

const ID = 'task-cpu-memory-format';
const MIN_CPU = 128;
const MAX_CPU = 196_608;

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-9'],
  severity: 'error',
  title: 'Task cpu and memory use accepted forms; EC2/EXTERNAL task cpu is 128-196,608 units.',
  why: 'Task "cpu" is a string of CPU units ("1024") or vCPUs ("1 vCPU"); "memory" is MiB ("2048") or GB ("2 GB"). Anything else fails with "Invalid \'cpu\' setting for task.". On EC2 and EXTERNAL the task cpu must be 0.125-192 vCPU.',
  fix: 'Write cpu as "1024" or "1 vCPU" and memory as "2048" or "2 GB"; keep task cpu between 128 and 196608 units.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const { taskCpu, taskMemory } = ctx;
    if (taskCpu.kind === 'invalid' && typeof taskCpu.raw === 'string') {
      out.push(
        issue(
          ID,
          ['cpu'],
          'error',
          `Task cpu ${JSON.stringify(taskCpu.raw)} is not valid; write CPU units as a string ("1024") or vCPUs ("1 vCPU").`,
        ),
      );
    }
    if (taskMemory.kind === 'invalid' && typeof taskMemory.raw === 'string') {
      out.push(
        issue(
          ID,
          ['memory'],
          'error',
          `Task memory ${JSON.stringify(taskMemory.raw)} is not valid; write MiB as a string ("2048") or GB ("2 GB").`,
        ),
      );
    }
    if (taskCpu.kind === 'ok' && !ctx.isFargate && (taskCpu.value < MIN_CPU || taskCpu.value > MAX_CPU)) {
      out.push(
        issue(
          ID,
          ['cpu'],
          'error',
          `Task cpu ${taskCpu.value} units is outside the EC2/EXTERNAL range; use 128 to 196608 units (0.125 to 192 vCPU).`,
        ),
      );
    }
    return out;
  },
};
