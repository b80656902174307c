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

/**
 * Symbols per outline at most, as VS Code's JSON outline (json.maxItemsComputed): a pasted command of 30,000
 * numbers made 30,000 symbols, and Monaco asks for them again after each edit (sticky scroll), which froze the
 * page (issue 13). Symbols are taken level by level, so what is left out is the deepest: the task's members,
 * its containers and their members come first.
 */
export const MAX_SYMBOLS = 2000;

/** A value whose children are still to be outlined, and where they go. */
interface Pending {
  value: Node;
  listKey: string | undefined;
  into: TextSymbol[];
}

/** The symbols for the members or elements of `value`, at most `left`; each with its own value still to outline. */
function childSymbols(value: Node, listKey: string | undefined, left: number): { symbol: TextSymbol; value: Node; key?: string }[] {
  if (value.type === 'object') {
    const out: { symbol: TextSymbol; value: Node; key?: string }[] = [];
    for (const property of value.children ?? []) {
      if (out.length >= left) break;
      const [key, child] = property.children ?? [];
      if (!key || !child) continue;
      const symbol: TextSymbol = {
        name: String(key.value),
        detail: valueDetail(child),
        role: valueRole(child),
        offset: property.offset,
        length: property.length,
        selectionOffset: key.offset,
        selectionLength: key.length,
        children: [],
      };
      out.push({ symbol, value: child, key: String(key.value) });
    }
    return out;
  }
  if (value.type === 'array') {
    return (value.children ?? []).slice(0, left).map((element, index) => {
      const { name, named } = elementName(element, index);
      const role: SymbolRole =
        listKey === 'containerDefinitions' ? 'container' : listKey === 'volumes' ? 'volume' : named ? 'entry' : valueRole(element);
      const kind = role === 'container' ? `container ${index + 1}` : role === 'volume' ? `volume ${index + 1}` : valueDetail(element);
      const symbol: TextSymbol = {
        name,
        detail: kind,
        role,
        offset: element.offset,
        length: element.length,
        selectionOffset: element.offset,
        selectionLength: element.length,
        children: [],
      };
      return { symbol, value: element };
    });
  }
  return [];
}

/** The outline of `root`, breadth first, at most MAX_SYMBOLS symbols; each list of children in document order. */
function outline(root: Node): TextSymbol[] {
  const top: TextSymbol[] = [];
  let left = MAX_SYMBOLS;
  let level: Pending[] = [{ value: root, listKey: undefined, into: top }];
  while (level.length > 0 && left > 0) {
    const next: Pending[] = [];
    for (const { value, listKey, into } of level) {
      if (left <= 0) break;
      for (const child of childSymbols(value, listKey, left)) {
        into.push(child.symbol);
        left--;
        next.push({ value: child.value, listKey: child.key, into: child.symbol.children });
      }
    }
    level = next;
  }
  return top;
}

/**
 * The outline of a task definition's JSON: the top-level members, with containers and volumes (and any
 * list entry that has one) named by their `name` rather than their index, so Go to Symbol lists "web",
 * not "0". Works on broken text too (it outlines what parses). At most MAX_SYMBOLS symbols.
 */
export function taskDefinitionSymbols(text: string): TextSymbol[] {
  const tree = parseTree(text, [], { disallowComments: false, allowTrailingComma: true });
  return tree ? outline(tree) : [];
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
