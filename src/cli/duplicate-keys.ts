import type { Node } from 'jsonc-parser';
import type { Path } from '../core/paths';

export interface DuplicateKey {
  /** Path of the object member (the later, winning occurrence). */
  path: Path;
  key: string;
  /** Offset of the earlier occurrence's key. */
  firstOffset: number;
  /** Offset of this occurrence's key. */
  offset: number;
}

/**
 * Object keys that appear twice in the same object. JSON.parse, jsonc-parser and the AWS CLI keep the last value
 * silently, so the earlier one is dead text that readers still believe.
 */
export function findDuplicateKeys(tree: Node | undefined): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const walk = (node: Node, path: Path) => {
    if (node.type === 'array') {
      node.children?.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (node.type !== 'object') return;
    const first = new Map<string, number>();
    for (const property of node.children ?? []) {
      const [keyNode, value] = property.children ?? [];
      if (!keyNode || typeof keyNode.value !== 'string') continue;
      const key = keyNode.value;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, keyNode.offset);
      else out.push({ path: [...path, key], key, firstOffset: earlier, offset: keyNode.offset });
      if (value) walk(value, [...path, key]);
    }
  };
  if (tree) walk(tree, []);
  return out;
}
