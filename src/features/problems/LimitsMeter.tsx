import { measureLimits } from '../../core/rules/limits';
import { useDocumentStore } from '../../document/store';

const percent = (value: number, max: number) => Math.round((value / max) * 100);

/** The two hard limits of a task definition: 64 KiB serialized and 10 containers; warns from 90 %. */
export function LimitsMeter() {
  const doc = useDocumentStore((s) => s.doc);
  const limits = measureLimits('', doc);
  return (
    <div className="limits" aria-label="Limits">
      <span className={`limit limit-${limits.bytesLevel}`} title="Serialized size as sent to ECS (whitespace does not count)">
        Size {(limits.bytes / 1024).toFixed(1)} / 64 KiB ({percent(limits.bytes, limits.maxBytes)} %)
      </span>
      <span className={`limit limit-${limits.containersLevel}`}>
        Containers {limits.containers} / {limits.maxContainers}
      </span>
    </div>
  );
}
