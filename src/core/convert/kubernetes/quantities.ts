/** Kubernetes resource quantities: CPU (`500m`, `0.5`, `2`) → ECS CPU units (1024 a core); memory (`512Mi`, `1G`) → MiB. */

/** ECS CPU units for a Kubernetes CPU quantity (500m → 512); undefined when unreadable. */
export function kubernetesCpuUnits(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d*\.?\d+)(m?)$/.exec(text);
  if (!match) return undefined;
  const cores = Number(match[1]) / (match[2] === 'm' ? 1000 : 1);
  return Math.round(cores * 1024);
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { '': 1, m: 1e-3, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** MiB (rounded up) for a Kubernetes memory quantity (512Mi → 512, 1Gi → 1024, 1G → 954); undefined when unreadable. */
export function kubernetesMebibytes(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d*\.?\d+)(?:e(\d+))?([KMGTPE]i|[mkKMGTPE])?$/.exec(text);
  if (!match) return undefined;
  const suffix = match[3] ?? '';
  const factor = BINARY[suffix] ?? DECIMAL[suffix] ?? 1;
  const bytes = Number(match[1]) * 10 ** Number(match[2] ?? 0) * factor;
  return Number.isFinite(bytes) ? Math.ceil(bytes / 2 ** 20) : undefined;
}
