import { EXAMPLE_ACCOUNT, EXAMPLE_EXECUTION_ROLE, EXAMPLE_REGION, awslogs, type TaskDefinitionTemplate } from './types';

const secret = `arn:aws:secretsmanager:${EXAMPLE_REGION}:${EXAMPLE_ACCOUNT}:secret:mariadb-credentials-AbCdEf`;

export const mariadbEc2Template: TaskDefinitionTemplate = {
  id: 'mariadb-ec2-bridge',
  title: 'MariaDB on EC2',
  description: 'MariaDB in bridge mode on port 3306, data kept in a host directory, passwords from Secrets Manager.',
  document: {
    family: 'mariadb',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    executionRoleArn: EXAMPLE_EXECUTION_ROLE,
    containerDefinitions: [
      {
        name: 'mariadb',
        image: 'public.ecr.aws/docker/library/mariadb:11.4',
        cpu: 512,
        memory: 1024,
        essential: true,
        portMappings: [{ containerPort: 3306, hostPort: 3306, protocol: 'tcp' }],
        environment: [
          { name: 'MARIADB_DATABASE', value: 'app' },
          { name: 'MARIADB_USER', value: 'app' },
        ],
        secrets: [
          { name: 'MARIADB_PASSWORD', valueFrom: `${secret}:password::` },
          { name: 'MARIADB_ROOT_PASSWORD', valueFrom: `${secret}:root-password::` },
        ],
        mountPoints: [{ sourceVolume: 'mariadb-data', containerPath: '/var/lib/mysql', readOnly: false }],
        healthCheck: {
          command: ['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'],
          interval: 30,
          timeout: 5,
          retries: 3,
          startPeriod: 60,
        },
        logConfiguration: awslogs('/ecs/mariadb', 'mariadb'),
      },
    ],
    volumes: [{ name: 'mariadb-data', host: { sourcePath: '/var/lib/ecs-data/mariadb' } }],
  },
};
