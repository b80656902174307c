import { EXAMPLE_EXECUTION_ROLE, EXAMPLE_REGION, EXAMPLE_TASK_ROLE, awslogs, type TaskDefinitionTemplate } from './types';

export const fargateFirelensTemplate: TaskDefinitionTemplate = {
  id: 'fargate-firelens',
  title: 'Fargate web app with FireLens',
  description: 'An nginx web app on Fargate whose logs go through a Fluent Bit log router to CloudWatch Logs.',
  document: {
    family: 'web-firelens',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '512',
    memory: '1024',
    runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
    executionRoleArn: EXAMPLE_EXECUTION_ROLE,
    // The router writes to CloudWatch Logs with the task role.
    taskRoleArn: EXAMPLE_TASK_ROLE,
    containerDefinitions: [
      {
        name: 'log_router',
        image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2',
        essential: true,
        memoryReservation: 64,
        firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
        logConfiguration: awslogs('/ecs/web-firelens/log-router', 'firelens'),
      },
      {
        name: 'web',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        essential: true,
        memoryReservation: 256,
        portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
        dependsOn: [{ containerName: 'log_router', condition: 'START' }],
        logConfiguration: {
          logDriver: 'awsfirelens',
          options: {
            Name: 'cloudwatch_logs',
            region: EXAMPLE_REGION,
            log_group_name: '/ecs/web-firelens/web',
            auto_create_group: 'true',
            log_stream_prefix: 'web-',
          },
        },
      },
    ],
  },
};
