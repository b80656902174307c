import type { Issue } from '../issues';
import { issue } from './helpers';
import type { Rule } from './types';

const ID = 'fargate-cpu-memory';

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

/** Fargate sizes: cpu units → allowed memory (MiB), with a human description of the choices. */
const SIZES: ReadonlyMap<number, { memory: ReadonlySet<number>; text: string; linuxOnly: boolean }> = new Map([
  [256, { memory: new Set([512, 1024, 2048]), text: '512, 1024 or 2048', linuxOnly: true }],
  [512, { memory: new Set([1024, 2048, 3072, 4096]), text: '1024, 2048, 3072 or 4096', linuxOnly: true }],
  [1024, { memory: new Set(range(2048, 8192, 1024)), text: '2048 to 8192 in steps of 1024', linuxOnly: false }],
  [2048, { memory: new Set(range(4096, 16384, 1024)), text: '4096 to 16384 in steps of 1024', linuxOnly: false }],
  [4096, { memory: new Set(range(8192, 30720, 1024)), text: '8192 to 30720 in steps of 1024', linuxOnly: false }],
  [8192, { memory: new Set(range(16384, 61440, 4096)), text: '16384 to 61440 in steps of 4096', linuxOnly: true }],
  [16384, { memory: new Set(range(32768, 122880, 8192)), text: '32768 to 122880 in steps of 8192', linuxOnly: true }],
  [32768, { memory: new Set([61440, 122880, 249856]), text: '61440, 122880 or 249856', linuxOnly: true }],
]);

export const rule: Rule = {
  id: ID,
  refs: ['R-FG-SIZE'],
  severity: 'error',
  title: 'Fargate tasks set task cpu and memory to one of the supported combinations.',
  why: 'Fargate only runs the sizes in its table (0.25 to 16 vCPU, each with fixed memory choices); other values fail with "Invalid \'cpu\' setting for task." or "No Fargate configuration exists for given values.". Windows needs at least 1 vCPU and no 8 or 16 vCPU sizes. The 32 vCPU size is not yet in the API model.',
  fix: 'Pick a supported pair, e.g. cpu "256" with memory "512", cpu "1024" with memory "2048"-"8192", cpu "4096" with memory "8192"-"30720".',
  check(_doc, ctx) {
    if (!ctx.isFargate) return [];
    const out: Issue[] = [];
    const { taskCpu: cpu, taskMemory: memory } = ctx;
    if (cpu.kind === 'absent') out.push(issue(ID, [], 'error', 'Fargate requires a task-level "cpu"; add one, e.g. "256" or "1 vCPU".'));
    if (memory.kind === 'absent')
      out.push(issue(ID, [], 'error', 'Fargate requires a task-level "memory"; add one, e.g. "512" or "2 GB".'));
    if (cpu.kind !== 'ok') return out;
    const size = SIZES.get(cpu.value);
    if (!size) {
      out.push(
        issue(ID, ['cpu'], 'error', `Fargate has no size with cpu ${cpu.value}; use 256, 512, 1024, 2048, 4096, 8192 or 16384 units.`),
      );
      return out;
    }
    if (ctx.isWindows && cpu.value < 1024) {
      out.push(
        issue(ID, ['cpu'], 'error', `Windows on Fargate needs at least 1 vCPU but task cpu is ${cpu.value}; set cpu to "1024" or more.`),
      );
    } else if (ctx.isWindows && size.linuxOnly) {
      out.push(
        issue(ID, ['cpu'], 'error', `Task cpu ${cpu.value} is available on Fargate for Linux only; use 1024, 2048 or 4096 for Windows.`),
      );
    } else if (cpu.value === 32768) {
      out.push(
        issue(
          ID,
          ['cpu'],
          'warning',
          'Task cpu 32768 (32 vCPU) is not in the ECS API model yet; check that your Region offers it or use 16384.',
        ),
      );
    }
    if (memory.kind === 'ok' && !size.memory.has(memory.value)) {
      out.push(
        issue(
          ID,
          ['memory'],
          'error',
          `Fargate has no size with cpu ${cpu.value} and memory ${memory.value} MiB; with cpu ${cpu.value} set memory to ${size.text}.`,
        ),
      );
    }
    return out;
  },
};
