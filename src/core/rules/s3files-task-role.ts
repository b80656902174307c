import { issue } from './helpers';
import { isSet } from './read';
import type { Rule } from './types';

const ID = 's3files-task-role';

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-18'],
  severity: 'error',
  title: 'A task with an S3 Files volume has a taskRoleArn.',
  why: 'Amazon S3 Files volumes are mounted with the task role\'s credentials; without "taskRoleArn" the mount fails.',
  fix: 'Add "taskRoleArn" with a role that may access the S3 Files file system.',
  check(_doc, ctx) {
    if (ctx.hasTaskRole) return [];
    const volume = ctx.volumes.find((v) => isSet(v.def.s3filesVolumeConfiguration));
    if (!volume) return [];
    return [
      issue(
        ID,
        [],
        'error',
        `"taskRoleArn" is required because volume "${volume.name ?? volume.index + 1}" is an S3 Files volume; add a task role that can access the file system.`,
      ),
    ];
  },
};
