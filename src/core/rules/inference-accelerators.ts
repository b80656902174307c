import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, isSet, obj, str } from './read';
import type { Rule } from './types';

const ID = 'inference-accelerators';

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-15'],
  severity: 'error',
  title: 'Elastic Inference is discontinued; InferenceAccelerator requirements name a declared device.',
  why: 'Amazon Elastic Inference stopped accepting new customers on 2023-04-15, so inferenceAccelerators should not appear in new task definitions. A resourceRequirements entry of type InferenceAccelerator must name one of inferenceAccelerators[].deviceName.',
  fix: 'Remove "inferenceAccelerators" (use GPU or Inferentia/NeuronDevice instances instead), or make each InferenceAccelerator requirement\'s value match a deviceName.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    if (isSet(ctx.root.inferenceAccelerators) && !ctx.isManagedInstances) {
      out.push(
        issue(
          ID,
          ['inferenceAccelerators'],
          'warning',
          '"inferenceAccelerators" uses Elastic Inference, which is discontinued; remove it and use GPU or Inferentia instances.',
        ),
      );
    }
    const devices = new Set<string>();
    for (const entry of arr(ctx.root.inferenceAccelerators)) {
      const name = str(obj(entry).deviceName);
      if (name) devices.add(name);
    }
    for (const c of ctx.containers) {
      arr(c.def.resourceRequirements).forEach((entry, i) => {
        const req = obj(entry);
        if (req.type !== 'InferenceAccelerator') return;
        const value = concreteStr(req.value);
        if (value !== undefined && !devices.has(value)) {
          out.push(
            issue(
              ID,
              [...c.path, 'resourceRequirements', i, 'value'],
              'error',
              `InferenceAccelerator "${value}" is not declared in "inferenceAccelerators"; add a device with that deviceName or fix the value.`,
            ),
          );
        }
      });
    }
    return out;
  },
};
