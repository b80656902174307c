/** Public API of the schema layer: zod schemas and inferred types per ECS API shape, validation, JSON Schema. */
export * from './enums';
export * from './key-value';
export * from './port-mapping';
export * from './linux-parameters';
export * from './health-check';
export * from './logging';
export * from './resource-requirement';
export * from './container-parts';
export * from './container-definition';
export * from './volume';
export * from './task-parts';
export * from './task-definition';
export { validateSchema } from './validate-schema';
export { taskDefinitionJsonSchema } from './json-schema';
export { formatPath } from './describe-path';
