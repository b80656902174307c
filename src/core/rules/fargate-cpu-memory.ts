import type { Issue } from '../issues';
import { buildContext } from './context';
import { issue, withValue } from './helpers';
import type { Rule, RuleContext } from './types';

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
  quickFix(doc) {
    const size = nearestFargateSize(buildContext(doc));
    if (!size) return undefined;
    return {
      label: `Use cpu ${size.cpu} with memory ${size.memory} MiB`,
      apply: (current) => withValue(withValue(current, ['cpu'], String(size.cpu)), ['memory'], String(size.memory)),
    };
  },
};

/** The memory choice closest to `wanted` (the larger one on a tie, so the task does not lose memory). */
function closest(choices: readonly number[], wanted: number): number {
  return choices.reduce((best, m) =>
    Math.abs(m - wanted) < Math.abs(best - wanted) || (Math.abs(m - wanted) === Math.abs(best - wanted) && m > best) ? m : best,
  );
}

/**
 * The supported size nearest to what the task asks for: its cpu rounded up to a size this OS offers
 * (or the largest one), then its memory moved to the closest choice of that size. What is missing
 * starts from the smallest choice; a cpu that is missing is the smallest one that offers the memory.
 */
export function nearestFargateSize(ctx: RuleContext): { cpu: number; memory: number } | undefined {
  if (!ctx.isFargate) return undefined;
  const { taskCpu, taskMemory } = ctx;
  if (taskCpu.kind === 'placeholder' || taskCpu.kind === 'invalid' || taskMemory.kind === 'placeholder' || taskMemory.kind === 'invalid') {
    return undefined; // the schema or a placeholder speaks for these; guessing would hide the user's intent
  }
  const offered = [...SIZES].filter(([cpu, size]) => cpu !== 32768 && (!ctx.isWindows || (!size.linuxOnly && cpu >= 1024)));
  const wantedMemory = taskMemory.kind === 'ok' ? taskMemory.value : undefined;
  let cpu: number;
  if (taskCpu.kind === 'ok') {
    cpu = (offered.find(([units]) => units >= taskCpu.value) ?? offered[offered.length - 1]!)[0];
  } else {
    const fits = offered.find(([, size]) => wantedMemory === undefined || Math.max(...size.memory) >= wantedMemory);
    cpu = (fits ?? offered[offered.length - 1]!)[0];
  }
  const choices = [...SIZES.get(cpu)!.memory];
  const memory = wantedMemory === undefined ? choices[0]! : closest(choices, wantedMemory);
  if (taskCpu.kind === 'ok' && taskCpu.value === cpu && wantedMemory === memory) return undefined;
  return { cpu, memory };
}
