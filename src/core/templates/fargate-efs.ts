import { EXAMPLE_EXECUTION_ROLE, EXAMPLE_TASK_ROLE, awslogs, type TaskDefinitionTemplate } from './types';

export const fargateEfsTemplate: TaskDefinitionTemplate = {
  id: 'fargate-efs',
  title: 'Fargate app with an EFS volume',
  description: 'An nginx app on Fargate serving files from EFS through an access point, encrypted in transit, with IAM auth.',
  document: {
    family: 'app-efs',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
    executionRoleArn: EXAMPLE_EXECUTION_ROLE,
    // EFS IAM authorization uses the task role.
    taskRoleArn: EXAMPLE_TASK_ROLE,
    containerDefinitions: [
      {
        name: 'app',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        essential: true,
        portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
        mountPoints: [{ sourceVolume: 'efs-data', containerPath: '/usr/share/nginx/html', readOnly: false }],
        logConfiguration: awslogs('/ecs/app-efs', 'app'),
      },
    ],
    volumes: [
      {
        name: 'efs-data',
        efsVolumeConfiguration: {
          fileSystemId: 'fs-0123456789abcdef0',
          transitEncryption: 'ENABLED',
          authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' },
        },
      },
    ],
  },
};
