import { EXAMPLE_ACCOUNT, EXAMPLE_EXECUTION_ROLE, EXAMPLE_REGION, awslogs, type TaskDefinitionTemplate } from './types';

const secret = `arn:aws:secretsmanager:${EXAMPLE_REGION}:${EXAMPLE_ACCOUNT}:secret:wordpress-db-AbCdEf`;

export const webAndDatabaseTemplate: TaskDefinitionTemplate = {
  id: 'web-and-database-bridge',
  title: 'Web app and database (EC2, linked)',
  description: 'WordPress linked to MariaDB in bridge mode; the web container waits until the database is healthy.',
  document: {
    family: 'wordpress',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    executionRoleArn: EXAMPLE_EXECUTION_ROLE,
    containerDefinitions: [
      {
        name: 'db',
        image: 'public.ecr.aws/docker/library/mariadb:11.4',
        cpu: 256,
        memory: 768,
        essential: true,
        environment: [
          { name: 'MARIADB_DATABASE', value: 'wordpress' },
          { name: 'MARIADB_USER', value: 'wordpress' },
          { name: 'MARIADB_RANDOM_ROOT_PASSWORD', value: '1' },
        ],
        secrets: [{ name: 'MARIADB_PASSWORD', valueFrom: `${secret}:password::` }],
        mountPoints: [{ sourceVolume: 'db-data', containerPath: '/var/lib/mysql', readOnly: false }],
        healthCheck: {
          command: ['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'],
          interval: 30,
          timeout: 5,
          retries: 3,
          startPeriod: 60,
        },
        logConfiguration: awslogs('/ecs/wordpress', 'db'),
      },
      {
        name: 'web',
        image: 'public.ecr.aws/docker/library/wordpress:6.6-apache',
        cpu: 256,
        memory: 512,
        essential: true,
        links: ['db'],
        portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
        environment: [
          { name: 'WORDPRESS_DB_HOST', value: 'db:3306' },
          { name: 'WORDPRESS_DB_NAME', value: 'wordpress' },
          { name: 'WORDPRESS_DB_USER', value: 'wordpress' },
        ],
        secrets: [{ name: 'WORDPRESS_DB_PASSWORD', valueFrom: `${secret}:password::` }],
        dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }],
        logConfiguration: awslogs('/ecs/wordpress', 'web'),
      },
    ],
    volumes: [{ name: 'db-data', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true, driver: 'local' } }],
  },
};
