import { useId, useState } from 'react';
import {
  buildSecretArn,
  KNOWN_REGIONS,
  parseSecretArn,
  PARTITIONS,
  secretArnProblems,
  type SecretArnField,
  type SecretArnParts,
} from '../../core/secret-arn';
import { useDocumentStore } from '../../document/store';
import { guessArnDefaults, rememberArnDefaults } from './arn-defaults';
import { ArnPartInput } from './ArnPartInput';

interface SecretArnBuilderProps {
  /** The current `valueFrom`: its parts fill the builder when it is an ARN. */
  current: string;
  /** What the secret is called, for the group's accessible name. */
  title: string;
  onUse: (arn: string) => void;
  onClose: () => void;
}

const LABELS: Record<SecretArnField, string> = {
  partition: 'Partition',
  region: 'Region',
  account: 'Account ID',
  name: 'Name',
  jsonKey: 'JSON key',
  versionStage: 'Version stage',
  versionId: 'Version ID',
};

function initialParts(current: string): SecretArnParts {
  return parseSecretArn(current) ?? { store: 'ssm', name: '', ...guessArnDefaults(useDocumentStore.getState().doc) };
}

/** Builds an SSM parameter or Secrets Manager ARN from its parts, checking each, and fills `valueFrom` with it. */
export function SecretArnBuilder({ current, title, onUse, onClose }: SecretArnBuilderProps) {
  const id = useId();
  const statusId = `${id}-status`;
  const [parts, setParts] = useState(() => initialParts(current));
  const problems = secretArnProblems(parts);
  const arn = buildSecretArn(parts);
  const sm = parts.store === 'secretsmanager';
  const part = (field: SecretArnField, placeholder?: string) => ({
    label: field === 'name' ? (sm ? 'Secret name' : 'Parameter name') : LABELS[field],
    value: parts[field] ?? '',
    onChange: (value: string) => setParts((p) => ({ ...p, [field]: value })),
    // An empty part is not marked while the user has not got to it; the status line lists it.
    problem: parts[field] ? problems[field] : undefined,
    describedBy: statusId,
    placeholder,
  });
  const messages = (Object.keys(problems) as SecretArnField[]).map((field) =>
    parts[field] ? `${LABELS[field]}: ${problems[field]}` : problems[field],
  );
  const use = () => {
    rememberArnDefaults(parts);
    onUse(arn);
  };
  return (
    <div
      className="arn-builder"
      role="group"
      aria-label={`Build ARN for ${title}`}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <div className="arn-builder-head">
        <fieldset className="arn-store">
          <legend>Secret store</legend>
          {(['ssm', 'secretsmanager'] as const).map((store) => (
            <label key={store}>
              <input
                type="radio"
                name={`${id}-store`}
                checked={parts.store === store}
                onChange={() => setParts((p) => ({ ...p, store }))}
              />
              {store === 'ssm' ? 'SSM parameter' : 'Secrets Manager secret'}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button-icon" aria-label="Close the ARN builder" title="Close" onClick={onClose}>
          ✕
        </button>
      </div>
      <div className="arn-grid">
        <ArnPartInput {...part('partition')} options={PARTITIONS} />
        <ArnPartInput {...part('region', 'us-east-1')} suggestions={KNOWN_REGIONS} />
        <ArnPartInput {...part('account', '123456789012')} numeric />
      </div>
      <ArnPartInput {...part('name', sm ? 'prod/db-AbCdEf' : '/prod/db/password')} />
      {sm ? (
        <div className="arn-grid">
          <ArnPartInput {...part('jsonKey', 'password')} />
          <ArnPartInput {...part('versionStage', 'AWSCURRENT')} />
          <ArnPartInput {...part('versionId')} />
        </div>
      ) : null}
      <div className="arn-result">
        <output className="arn-preview" aria-label="ARN preview">
          {arn}
        </output>
        <button type="button" className="button button-primary" disabled={messages.length > 0} onClick={use}>
          Use this ARN
        </button>
      </div>
      <p id={statusId} className={messages.length ? 'arn-status arn-status-problem' : 'arn-status'} aria-live="polite">
        {messages.length ? messages.join(' ') : 'Ready: “Use this ARN” puts it in Value from.'}
      </p>
    </div>
  );
}
