import type { JsonObject } from '../../core/issues';
import { toInputText } from '../../components/form-values';
import { asObject, selectVolumes } from '../../document/selectors';

export interface VolumeValues {
  name: string;
}

export function toVolumeValues(doc: JsonObject, index: number): VolumeValues {
  return { name: toInputText(asObject(selectVolumes(doc)[index]).name, 'text') };
}
