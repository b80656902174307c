import type { TaskDefinitionTemplate } from './types';

export const blankTemplate: TaskDefinitionTemplate = {
  id: 'blank',
  title: 'Blank',
  description: 'One nginx container with 512 MiB of memory; start here and add what you need.',
  document: {
    family: 'my-task',
    containerDefinitions: [
      {
        name: 'app',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        memory: 512,
        essential: true,
      },
    ],
  },
};
