import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, capitalize, concreteStr, containerLabel, isObj, isSet } from './read';
import type { Rule } from './types';

const ID = 'resource-requirements';

export const rule: Rule = {
  id: ID,
  refs: ['R-REF-8', '§5 MANAGED_INSTANCES'],
  severity: 'error',
  title:
    'resourceRequirements: one entry per type, GPU count xor sharing strategy used consistently, NeuronDevice "ALL" in one container on Managed Instances.',
  why: 'Each resource type may appear once per container. A GPU request is either a count ("value") or an NVIDIA MPS "sharingStrategy", never both, and all GPU containers of a task must use the same style. NeuronDevice takes "ALL" devices and only one container of the task may request it.',
  fix: 'Merge duplicate entries, keep either value or sharingStrategy on GPU requests (the same choice in every container), set NeuronDevice value to "ALL" in a single container.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    let gpuStyle: { style: 'count' | 'sharing'; container: string } | undefined;
    let neuronOwner: string | undefined;
    for (const c of ctx.containers) {
      const label = containerLabel(c.index, c.name);
      const types = new Set<string>();
      arr(c.def.resourceRequirements).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const path = [...c.path, 'resourceRequirements', i];
        const type = concreteStr(entry.type);
        if (type === undefined) return;
        if (types.has(type)) {
          out.push(
            issue(ID, [...path, 'type'], 'error', `${capitalize(label)} requests ${type} twice; keep one ${type} entry per container.`),
          );
          return;
        }
        types.add(type);
        const hasValue = isSet(entry.value);
        const sharing = isSet(entry.sharingStrategy);
        if (type === 'GPU') {
          if (hasValue && sharing) {
            out.push(
              issue(
                ID,
                path,
                'error',
                'A GPU requirement sets both "value" and "sharingStrategy"; keep the GPU count or the MPS sharing strategy, not both.',
              ),
            );
            return;
          }
          if (!hasValue && !sharing) {
            out.push(issue(ID, path, 'error', 'A GPU requirement needs a "value" (number of GPUs) or a "sharingStrategy"; add one.'));
            return;
          }
          const style = sharing ? 'sharing' : 'count';
          if (gpuStyle === undefined) gpuStyle = { style, container: label };
          else if (gpuStyle.style !== style) {
            out.push(
              issue(
                ID,
                path,
                'error',
                `${capitalize(label)} requests GPUs by ${style === 'sharing' ? 'sharing strategy' : 'count'} but ${gpuStyle.container} uses ${gpuStyle.style === 'sharing' ? 'a sharing strategy' : 'a count'}; all GPU containers of a task must use the same style.`,
              ),
            );
          }
        } else if (type === 'NeuronDevice') {
          if (ctx.launchTypes.size > 0 && !ctx.isManagedInstances) {
            const message =
              'NeuronDevice requirements are only supported on Managed Instances; add "MANAGED_INSTANCES" to requiresCompatibilities or map /dev/neuron* with linuxParameters.devices on EC2.';
            out.push(issue(ID, [...path, 'type'], 'error', message));
          }
          const value = concreteStr(entry.value);
          if (value !== undefined && value !== 'ALL') {
            out.push(issue(ID, [...path, 'value'], 'error', `NeuronDevice value must be "ALL", not ${JSON.stringify(value)}.`));
          }
          if (neuronOwner === undefined) neuronOwner = label;
          else
            out.push(
              issue(
                ID,
                path,
                'error',
                `Only one container per task may request NeuronDevice and ${neuronOwner} already does; remove this requirement.`,
              ),
            );
        }
      });
    }
    return out;
  },
};
