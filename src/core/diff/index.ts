/** Semantic diff of task definitions (the app's Compare view and `ecs-taskdef diff`). */
export { diffTaskDefinitions, type Change, type ChangeKind } from './semantic-diff';
export { formatChange, formatDiffText, groupChanges } from './format-diff';
export { normalisedJson } from './normalise';
