import type { JsonObject } from '../issues';
import { blankTemplate } from './blank';
import { fargateEfsTemplate } from './fargate-efs';
import { fargateFirelensTemplate } from './fargate-firelens';
import { mariadbEc2Template } from './mariadb-ec2';
import type { TaskDefinitionTemplate } from './types';
import { webAndDatabaseTemplate } from './web-and-database';

export type { TaskDefinitionTemplate } from './types';
export { starterDocument } from './starter';

/** Every template, in the order the picker lists them; `blank` first. */
export const TEMPLATES: readonly TaskDefinitionTemplate[] = [
  blankTemplate,
  mariadbEc2Template,
  webAndDatabaseTemplate,
  fargateFirelensTemplate,
  fargateEfsTemplate,
];

export function getTemplate(id: string): TaskDefinitionTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

/** A fresh copy of the template's document, safe to edit. */
export function instantiateTemplate(id: string): JsonObject | undefined {
  const template = getTemplate(id);
  return template ? structuredClone(template.document) : undefined;
}
