import type { JsonObject } from '../../core/issues';
import { toInputText } from '../../components/form-values';
import { asObject, selectVolumes } from '../../document/selectors';

export interface VolumeValues {
  name: string;
  sourcePath: string;
}

export function toVolumeValues(doc: JsonObject, index: number): VolumeValues {
  const volume = asObject(selectVolumes(doc)[index]);
  return { name: toInputText(volume.name, 'text'), sourcePath: toInputText(asObject(volume.host).sourcePath, 'text') };
}
