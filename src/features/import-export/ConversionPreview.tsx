import { useState } from 'react';
import type { InputFormat } from '../../core/convert';
import type { JsonObject } from '../../core/issues';
import { ConversionReport } from './ConversionReport';
import { useConversion } from './use-conversion';

interface Props {
  text: string;
  source: string;
  format: InputFormat;
  onBack: () => void;
  onCancel: () => void;
  /** Replaces the document with the converted task definition. */
  onReplace: (doc: JsonObject) => void;
}

function summary(doc: JsonObject): string {
  const containers = Array.isArray(doc.containerDefinitions) ? doc.containerDefinitions.length : 0;
  const size = doc.cpu !== undefined ? `, cpu ${String(doc.cpu)}, memory ${String(doc.memory)}` : '';
  return `${containers} container${containers === 1 ? '' : 's'}, network mode ${String(doc.networkMode)}${size}`;
}

/**
 * What a conversion from another format (compose, docker run, Kubernetes, or any importer the registry gains) will
 * give, before it replaces the document: the choices the importer offers, the report, and a summary.
 */
export function ConversionPreview({ text, source, format, onBack, onCancel, onReplace }: Props) {
  const [launchType, setLaunchType] = useState<'fargate' | 'ec2'>('fargate');
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const conversion = useConversion(text, format, launchType, unchecked);
  if (!conversion) return <p aria-live="polite">Converting…</p>;
  const { importer, result, available } = conversion;
  const chosen = available.filter((name) => !unchecked.has(name));
  const offers = new Set(importer.offers ?? []);
  const toggle = (name: string) =>
    setUnchecked((old) => {
      const next = new Set(old);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  return (
    <div className="conversion-preview">
      <p className="field-help">
        Read {source} as a <strong>{importer.label}</strong>. {result.ok ? `The result: ${summary(result.doc)}.` : ''} Nothing replaces your
        document until you confirm.
      </p>
      <div className="conversion-options">
        {offers.has('services') && available.length > 0 ? (
          <fieldset className="conversion-services">
            <legend>Containers</legend>
            {available.map((name) => (
              <label key={name}>
                <input type="checkbox" checked={!unchecked.has(name)} onChange={() => toggle(name)} /> {name}
              </label>
            ))}
          </fieldset>
        ) : null}
        {offers.has('launchType') ? (
          <fieldset className="conversion-launch-type">
            <legend>Launch type</legend>
            <label>
              <input type="radio" name="launch-type" checked={launchType === 'fargate'} onChange={() => setLaunchType('fargate')} /> Fargate
              (awsvpc)
            </label>
            <label>
              <input type="radio" name="launch-type" checked={launchType === 'ec2'} onChange={() => setLaunchType('ec2')} /> EC2 (bridge)
            </label>
          </fieldset>
        ) : null}
      </div>
      {result.ok ? null : (
        <div className="import-failure" role="alert">
          <p>
            <strong>Cannot convert:</strong> {result.message}
          </p>
        </div>
      )}
      <ConversionReport entries={result.report} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!result.ok || chosen.length === 0}
          onClick={() => result.ok && onReplace(result.doc)}
        >
          Replace the document
        </button>
      </div>
    </div>
  );
}
