/**
 * All field specs of the task definition: task level (task.ts), containers (container*.ts) and volumes
 * (volume.ts), and the field search index built from them.
 */
import { allContainerSections } from './container';
import { buildSearchIndex, type SearchGroup } from './search';
import { taskMainFields, taskSections } from './task';
import { volumeSections } from './volume';

export { taskMainFields, taskSections } from './task';
export { allContainerSections, containerSections } from './container';
export { volumeKinds, volumeKindOf, volumeNameField, volumeSections } from './volume';
export { searchFields, type SearchEntry } from './search';

/** The spec groups, each over one object of the document. */
export const specGroups: readonly SearchGroup[] = [
  { scope: 'task', base: '', title: 'Task', sections: [{ id: 'task-main', title: '', fields: taskMainFields }, ...taskSections] },
  { scope: 'container', base: 'containerDefinitions.*', title: 'Container', sections: allContainerSections },
  { scope: 'volume', base: 'volumes.*', title: 'Volume', sections: volumeSections },
];

/** Every field as a search entry (built once; specs are static). */
export const fieldSearchIndex = buildSearchIndex(specGroups);
