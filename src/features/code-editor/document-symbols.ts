import { parseTree, type Node } from 'jsonc-parser';
import type * as Monaco from 'monaco-editor/editor';

/** What a symbol stands for; the Monaco symbol kind (and icon) follows from it. */
export type SymbolRole = 'container' | 'volume' | 'entry' | 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** One entry of the JSON's outline, with text offsets (Monaco ranges are made from them). */
export interface TextSymbol {
  name: string;
  detail: string;
  role: SymbolRole;
  /** The whole member: key and value. */
  offset: number;
  length: number;
  /** What Go to Symbol selects: the key, or an array element's value. */
  selectionOffset: number;
  selectionLength: number;
  children: TextSymbol[];
}

/** The members that name an array element, best first: a container's `name`, a dependency's `containerName`, … */
const NAMING_KEYS = ['name', 'containerName', 'sourceVolume', 'key', 'namespace', 'deviceName', 'containerPort'];

function member(node: Node, key: string): Node | undefined {
  const property = node.children?.find((p) => p.children?.[0]?.value === key);
  return property?.children?.[1];
}

/** An array element's display name: its naming member when it has a non-empty one, else `[index]`. */
function elementName(node: Node, index: number): { name: string; named: boolean } {
  if (node.type === 'object') {
    for (const key of NAMING_KEYS) {
      const value = member(node, key)?.value as unknown;
      if ((typeof value === 'string' && value !== '') || typeof value === 'number') return { name: String(value), named: true };
    }
  }
  return { name: `[${index}]`, named: false };
}

function valueRole(node: Node): SymbolRole {
  return node.type === 'property' ? 'object' : (node.type as SymbolRole);
}

function valueDetail(node: Node): string {
  if (node.type === 'array') return `${node.children?.length ?? 0} items`;
  if (node.type === 'object') return '';
  return node.value === undefined ? '' : JSON.stringify(node.value).slice(0, 60);
}

function childrenOf(value: Node, listKey: string | undefined): TextSymbol[] {
  if (value.type === 'object') {
    return (value.children ?? []).flatMap((property) => {
      const [key, child] = property.children ?? [];
      if (!key || !child) return [];
      return [
        {
          name: String(key.value),
          detail: valueDetail(child),
          role: valueRole(child),
          offset: property.offset,
          length: property.length,
          selectionOffset: key.offset,
          selectionLength: key.length,
          children: childrenOf(child, String(key.value)),
        },
      ];
    });
  }
  if (value.type === 'array') {
    return (value.children ?? []).map((element, index) => {
      const { name, named } = elementName(element, index);
      const role: SymbolRole =
        listKey === 'containerDefinitions' ? 'container' : listKey === 'volumes' ? 'volume' : named ? 'entry' : valueRole(element);
      const kind = role === 'container' ? `container ${index + 1}` : role === 'volume' ? `volume ${index + 1}` : valueDetail(element);
      return {
        name,
        detail: kind,
        role,
        offset: element.offset,
        length: element.length,
        selectionOffset: element.offset,
        selectionLength: element.length,
        children: childrenOf(element, undefined),
      };
    });
  }
  return [];
}

/**
 * The outline of a task definition's JSON: the top-level members, with containers and volumes (and any
 * list entry that has one) named by their `name` rather than their index, so Go to Symbol lists "web",
 * not "0". Works on broken text too (it outlines what parses).
 */
export function taskDefinitionSymbols(text: string): TextSymbol[] {
  const tree = parseTree(text, [], { disallowComments: false, allowTrailingComma: true });
  return tree ? childrenOf(tree, undefined) : [];
}

/**
 * Replaces the JSON language's own symbol provider (which names array elements "0", "1") by ours, for
 * the editor's Go to Symbol (Ctrl+Shift+O) and outline.
 */
export function registerDocumentSymbols(
  monaco: typeof Monaco,
  jsonDefaults: { modeConfiguration: object; setModeConfiguration(configuration: object): void },
): Monaco.IDisposable {
  jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, documentSymbols: false });
  const { SymbolKind } = monaco.languages;
  const kinds: Record<SymbolRole, Monaco.languages.SymbolKind> = {
    container: SymbolKind.Class,
    volume: SymbolKind.Struct,
    entry: SymbolKind.Field,
    object: SymbolKind.Module,
    array: SymbolKind.Array,
    string: SymbolKind.String,
    number: SymbolKind.Number,
    boolean: SymbolKind.Boolean,
    null: SymbolKind.Null,
  };
  const toMonaco = (model: Monaco.editor.ITextModel, symbol: TextSymbol): Monaco.languages.DocumentSymbol => {
    const range = (offset: number, length: number) => {
      const start = model.getPositionAt(offset);
      const end = model.getPositionAt(offset + length);
      return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
    };
    return {
      name: symbol.name,
      detail: symbol.detail,
      kind: kinds[symbol.role],
      tags: [],
      range: range(symbol.offset, symbol.length),
      selectionRange: range(symbol.selectionOffset, symbol.selectionLength),
      children: symbol.children.map((child) => toMonaco(model, child)),
    };
  };
  return monaco.languages.registerDocumentSymbolProvider('json', {
    displayName: 'Task definition',
    provideDocumentSymbols: (model) => taskDefinitionSymbols(model.getValue()).map((symbol) => toMonaco(model, symbol)),
  });
}
