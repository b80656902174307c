import type { Issue } from '../issues';
import { buildContext } from './context';
import type { Rule } from './types';
import { rule as taskRequiredFields } from './task-required-fields';
import { rule as taskSizeLimit } from './task-size-limit';
import { rule as essentialContainer } from './essential-container';
import { rule as containerName } from './container-name';
import { rule as containerImage } from './container-image';
import { rule as placementConstraints } from './placement-constraints';
import { rule as tags } from './tags';
import { rule as taskCpuMemoryFormat } from './task-cpu-memory-format';
import { rule as fargateCpuMemory } from './fargate-cpu-memory';
import { rule as fargateShapedWithoutCompatibilities } from './fargate-shaped-without-compatibilities';
import { rule as containerResourcesFitTask } from './container-resources-fit-task';
import { rule as ephemeralStorage } from './ephemeral-storage';
import { rule as configuredAtLaunchVolumes } from './configured-at-launch-volumes';
import { rule as volumeDefinition } from './volume-definition';
import { rule as proxyConfiguration } from './proxy-configuration';
import { rule as inferenceAccelerators } from './inference-accelerators';
import { rule as executionRoleRequired } from './execution-role-required';
import { rule as roleArnFormat } from './role-arn-format';
import { rule as s3filesTaskRole } from './s3files-task-role';
import { rule as networkModeCompatibility } from './network-mode-compatibility';
import { rule as noPortsInNoneMode } from './no-ports-in-none-mode';
import { rule as hostPortEqualsContainerPort } from './host-port-equals-container-port';
import { rule as linksNeedBridge } from './links-need-bridge';
import { rule as noHostnameInAwsvpc } from './no-hostname-in-awsvpc';
import { rule as containerPortRange } from './container-port-range';
import { rule as containerPort } from './container-port';
import { rule as reservedHostPorts } from './reserved-host-ports';
import { rule as hostPortConflicts } from './host-port-conflicts';
import { rule as portMappingNames } from './port-mapping-names';
import { rule as systemControls } from './system-controls';
import { rule as containerMemoryRequired } from './container-memory-required';
import { rule as memoryReservationLimit } from './memory-reservation-limit';
import { rule as containerMemoryMinimum } from './container-memory-minimum';
import { rule as swappinessNeedsMaxSwap } from './swappiness-needs-max-swap';
import { rule as mountSourceVolumeDeclared } from './mount-source-volume-declared';
import { rule as mountContainerPath } from './mount-container-path';
import { rule as volumesFromContainer } from './volumes-from-container';
import { rule as dependsOnContainer } from './depends-on-container';
import { rule as dependencyConditionEssential } from './dependency-condition-essential';
import { rule as healthyDependencyHealthCheck } from './healthy-dependency-health-check';
import { rule as firelensRouter } from './firelens-router';
import { rule as firelensOptions } from './firelens-options';
import { rule as resourceRequirements } from './resource-requirements';
import { rule as healthCheckCommand } from './health-check-command';
import { rule as commandArrayForm } from './command-array-form';
import { rule as workingDirectory } from './working-directory';
import { rule as restartPolicy } from './restart-policy';
import { rule as fargateTimeouts } from './fargate-timeouts';
import { rule as environmentFileArn } from './environment-file-arn';
import { rule as duplicateEnvironmentNames } from './duplicate-environment-names';
import { rule as environmentVariableName } from './environment-variable-name';
import { rule as secretValueFrom } from './secret-value-from';
import { rule as credentialSpecs } from './credential-specs';
import { rule as efsVolumeSettings } from './efs-volume-settings';
import { rule as dockerVolumeAutoprovision } from './docker-volume-autoprovision';
import { rule as awslogsOptions } from './awslogs-options';
import { rule as ulimits } from './ulimits';
import { rule as fargateUnsupportedFields } from './fargate-unsupported-fields';
import { rule as externalUnsupportedFields } from './external-unsupported-fields';
import { rule as managedInstancesUnsupportedFields } from './managed-instances-unsupported-fields';
import { rule as windowsUnsupportedFields } from './windows-unsupported-fields';
import { rule as windowsNonAdminUser } from './windows-non-admin-user';
import { rule as readOnlyFields } from './read-only-fields';
import { rule as secretsInEnvironment } from './secrets-in-environment';
import { rule as privilegedContainer } from './privileged-container';
import { rule as readonlyRootFilesystem } from './readonly-root-filesystem';
import { rule as runAsNonRoot } from './run-as-non-root';
import { rule as logConfiguration } from './log-configuration';
import { rule as imageTag } from './image-tag';
import { rule as hostNamespaces } from './host-namespaces';
import { rule as efsTransitEncryption } from './efs-transit-encryption';
import { rule as distinctTaskAndExecutionRoles } from './distinct-task-and-execution-roles';

export type { QuickFix, Rule, RuleContext, TaskDoc } from './types';
export { buildContext } from './context';
export { measureLimits } from './limits';

/**
 * Every rule, in reporting order: task level, network, memory, references, nested objects, launch types
 * (section 5) and Windows (section 6), then best practices. Ids are unique and equal the module file names.
 */
export const allRules: readonly Rule[] = [
  taskRequiredFields,
  taskSizeLimit,
  essentialContainer,
  containerName,
  containerImage,
  placementConstraints,
  tags,
  taskCpuMemoryFormat,
  fargateCpuMemory,
  fargateShapedWithoutCompatibilities,
  containerResourcesFitTask,
  ephemeralStorage,
  configuredAtLaunchVolumes,
  volumeDefinition,
  proxyConfiguration,
  inferenceAccelerators,
  executionRoleRequired,
  roleArnFormat,
  s3filesTaskRole,
  networkModeCompatibility,
  noPortsInNoneMode,
  hostPortEqualsContainerPort,
  linksNeedBridge,
  noHostnameInAwsvpc,
  containerPortRange,
  containerPort,
  reservedHostPorts,
  hostPortConflicts,
  portMappingNames,
  systemControls,
  containerMemoryRequired,
  memoryReservationLimit,
  containerMemoryMinimum,
  swappinessNeedsMaxSwap,
  mountSourceVolumeDeclared,
  mountContainerPath,
  volumesFromContainer,
  dependsOnContainer,
  dependencyConditionEssential,
  healthyDependencyHealthCheck,
  firelensRouter,
  firelensOptions,
  resourceRequirements,
  healthCheckCommand,
  commandArrayForm,
  workingDirectory,
  restartPolicy,
  fargateTimeouts,
  environmentFileArn,
  duplicateEnvironmentNames,
  environmentVariableName,
  secretValueFrom,
  credentialSpecs,
  efsVolumeSettings,
  dockerVolumeAutoprovision,
  awslogsOptions,
  ulimits,
  fargateUnsupportedFields,
  externalUnsupportedFields,
  managedInstancesUnsupportedFields,
  windowsUnsupportedFields,
  windowsNonAdminUser,
  readOnlyFields,
  secretsInEnvironment,
  privilegedContainer,
  readonlyRootFilesystem,
  runAsNonRoot,
  logConfiguration,
  imageTag,
  hostNamespaces,
  efsTransitEncryption,
  distinctTaskAndExecutionRoles,
];

const byId = new Map(allRules.map((r) => [r.id, r]));

/** The rule with this id, if any (quick fixes are looked up this way from an issue's ruleId). */
export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

/** Rule id of the issue reported when a rule throws (a bug in the rule, never in the document). */
export const INTERNAL_ERROR_RULE_ID = 'internal-error';

/**
 * Runs every rule on a parsed document (any JSON value, schema-valid or not). The context is built once.
 * A rule that throws does not stop the others: its exception becomes a warning issue at the document root.
 */
export function runRules(doc: unknown, rules: readonly Rule[] = allRules): Issue[] {
  const ctx = buildContext(doc);
  const out: Issue[] = [];
  for (const rule of rules) {
    try {
      const found = rule.check(doc, ctx);
      for (let i = 0; i < found.length; i++) out.push(found[i] as Issue);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      out.push({
        path: [],
        message: `Rule "${rule.id}" failed on this document (${reason}); its check was skipped. This is a bug in the validator, please report it.`,
        severity: 'warning',
        ruleId: INTERNAL_ERROR_RULE_ID,
        source: 'rule',
      });
    }
  }
  return out;
}
