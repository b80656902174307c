import type { TaskDefinitionTemplate } from './types';

/**
 * Blank, as the AWS console's "Create new task definition" starts: an empty family and one container with
 * an empty name and image, so the form opens on exactly the fields every task definition must fill in
 * (and Problems lists them). Nothing is invented: no image, no memory figure, no launch type. A document
 * with no container at all was the other choice; it only adds an "Add container" click before anything
 * useful can be typed, and ECS needs at least one anyway.
 */
export const blankTemplate: TaskDefinitionTemplate = {
  id: 'blank',
  title: 'Blank',
  description: 'Nothing filled in: an empty family and one empty container to name.',
  document: {
    family: '',
    containerDefinitions: [{ name: '', image: '' }],
  },
};
