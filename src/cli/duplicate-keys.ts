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
  // An explicit stack, not recursion: the walk must not depend on how deep the text nests.
  const stack: { node: Node; path: Path }[] = tree ? [{ node: tree, path: [] }] : [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    const children: { node: Node; path: Path }[] = [];
    if (node.type === 'array') {
      node.children?.forEach((item, i) => children.push({ node: item, path: [...path, i] }));
    } else if (node.type === 'object') {
      const first = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [keyNode, value] = property.children ?? [];
        if (!keyNode || typeof keyNode.value !== 'string') continue;
        const key = keyNode.value;
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, keyNode.offset);
        else out.push({ path: [...path, key], key, firstOffset: earlier, offset: keyNode.offset });
        if (value) children.push({ node: value, path: [...path, key] });
      }
    }
    // Pushed in reverse so they are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as { node: Node; path: Path });
  }
  return out;
}
