import { z } from 'zod';
import { int32, intIn, opt, req } from './common';
import { resourceTypeSchema } from './enums';

/** NvidiaMpsAllocation: a share of one GPU through NVIDIA Multi-Process Service. */
export const nvidiaMpsAllocationSchema = z.strictObject({
  memory: req(int32(), 'GPU memory for this container, in MiB.'),
  maxComputePercent: opt(intIn(0, 100), 'Upper bound on the share of GPU compute, in percent (default: the MPS server setting).'),
});
export type NvidiaMpsAllocation = z.infer<typeof nvidiaMpsAllocationSchema>;

/**
 * SharingStrategy is a union in the API ("set exactly one member"). It has a single member today, so the only
 * valid shape is an object with `nvidiaMps` present; a strict object says so and reports any other key.
 */
export const sharingStrategySchema = z.strictObject({
  nvidiaMps: req(nvidiaMpsAllocationSchema, 'Share one GPU between containers with NVIDIA MPS.'),
});
export type SharingStrategy = z.infer<typeof sharingStrategySchema>;

/** ResourceRequirement: GPUs, Neuron devices or an inference accelerator reserved for the container. */
export const resourceRequirementSchema = z.strictObject({
  value: opt(
    z.string(),
    'GPU: number of GPUs; NeuronDevice: "ALL"; InferenceAccelerator: a deviceName. Omit for GPU with sharingStrategy.',
  ),
  type: req(resourceTypeSchema, 'Kind of resource: GPU, NeuronDevice or InferenceAccelerator.'),
  sharingStrategy: opt(sharingStrategySchema, 'GPU sharing instead of a whole-GPU count (EC2 or Managed Instances).'),
});
export type ResourceRequirement = z.infer<typeof resourceRequirementSchema>;
