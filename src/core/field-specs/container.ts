/**
 * The container's fields beyond the basics, as collapsible sections named like the console's.
 * `docs` is the API reference page of the shape that holds each field.
 */
import { containerBasics } from './container-basics';
import { gpu, linux, network, storage, ulimits } from './container-host';
import { docker, firelens, registry, restart, security, timeouts } from './container-runtime';
import { dependsOn, environmentFiles, healthCheck, logging, secrets } from './container-startup';
import type { SectionSpec } from './types';

export { apiDocs, containerBasics, environmentFields, mountPointFields, portMappingFields } from './container-basics';
export { LOG_OPTION_KEYS, secretFields } from './container-startup';

/** The container's sections after the basics, in the order the panel shows them (all collapsed at first). */
export const containerSections: SectionSpec[] = [
  secrets,
  healthCheck,
  logging,
  environmentFiles,
  dependsOn,
  network,
  storage,
  linux,
  ulimits,
  gpu,
  docker,
  firelens,
  registry,
  restart,
  timeouts,
  security,
];

/** Every section of a container: the basics first, then {@link containerSections}. */
export const allContainerSections: SectionSpec[] = [containerBasics, ...containerSections];
