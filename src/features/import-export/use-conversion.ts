import { useEffect, useState } from 'react';
import type { ImportResult, Importer, InputFormat } from '../../core/convert';

/** The converter registry loads on first use (it brings the YAML parser), keeping it out of the first screen. */
export const loadConverters = () => import('../../core/convert');

export interface Conversion {
  importer: Importer;
  /** Every container the input offers (from a conversion with nothing left out), in input order. */
  available: string[];
  result: ImportResult;
}

const containerNames = (result: ImportResult) =>
  result.ok && Array.isArray(result.doc.containerDefinitions)
    ? result.doc.containerDefinitions.map((c) => (c && typeof c === 'object' && !Array.isArray(c) ? String(c.name) : ''))
    : [];

/**
 * Converts `text` as `format` on `launchType`, leaving out the `excluded` containers, again whenever they change.
 * Conversion is synchronous and takes milliseconds for a real file, so it runs on every change without a debounce.
 */
export function useConversion(
  text: string,
  format: InputFormat,
  launchType: 'fargate' | 'ec2',
  excluded: ReadonlySet<string>,
): Conversion | null {
  const [conversion, setConversion] = useState<Conversion | null>(null);
  useEffect(() => {
    let live = true;
    void loadConverters().then(({ importText, importerFor }) => {
      const importer = importerFor(format);
      if (!live || !importer) return;
      const all = importText(text, format, { launchType });
      const available = containerNames(all);
      const services = available.filter((name) => !excluded.has(name));
      const none: ImportResult = { ok: false, format, message: 'Choose at least one container.', report: [] };
      const result = excluded.size === 0 ? all : services.length ? importText(text, format, { launchType, services }) : none;
      setConversion({ importer, available, result });
    });
    return () => {
      live = false;
    };
  }, [text, format, launchType, excluded]);
  return conversion;
}
