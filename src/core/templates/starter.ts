import type { JsonObject } from '../issues';

/**
 * What a first visit opens: a small working task definition (one nginx container) to look around in.
 * It is not the "Blank" template: a user who asks for blank wants nothing filled in for them.
 */
export const starterDocument: JsonObject = {
  family: 'my-task',
  containerDefinitions: [
    {
      name: 'app',
      image: 'public.ecr.aws/nginx/nginx:1.27',
      memory: 512,
      essential: true,
    },
  ],
};
