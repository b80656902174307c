import { describe, expect, it } from 'vitest';
import { MAX_SYMBOLS, taskDefinitionSymbols, type TextSymbol } from './document-symbols';

const text = `${JSON.stringify(
  {
    family: 'web',
    containerDefinitions: [
      {
        name: 'nginx',
        image: 'nginx',
        environment: [{ name: 'LOG_LEVEL', value: 'info' }],
        dependsOn: [{ containerName: 'init', condition: 'START' }],
      },
      { image: 'no-name' },
    ],
    volumes: [{ name: 'data', host: {} }],
  },
  null,
  2,
)}\n`;

const find = (symbols: TextSymbol[], name: string) => symbols.find((s) => s.name === name)!;

describe('document symbols', () => {
  it('names containers and volumes by their name, not their index', () => {
    const symbols = taskDefinitionSymbols(text);
    expect(symbols.map((s) => s.name)).toEqual(['family', 'containerDefinitions', 'volumes']);
    const containers = find(symbols, 'containerDefinitions').children;
    expect(containers.map((s) => [s.name, s.role, s.detail])).toEqual([
      ['nginx', 'container', 'container 1'],
      ['[1]', 'container', 'container 2'],
    ]);
    expect(find(symbols, 'volumes').children.map((s) => [s.name, s.role])).toEqual([['data', 'volume']]);
  });

  it('names list entries by their naming member and covers the exact text of each', () => {
    const nginx = find(taskDefinitionSymbols(text), 'containerDefinitions').children[0]!;
    expect(find(nginx.children, 'environment').children.map((s) => s.name)).toEqual(['LOG_LEVEL']);
    expect(find(nginx.children, 'dependsOn').children.map((s) => s.name)).toEqual(['init']);
    expect(text.slice(nginx.offset, nginx.offset + nginx.length)).toMatch(/^\{\s+"name": "nginx"[\s\S]*\}$/);
    const image = find(nginx.children, 'image');
    expect(text.slice(image.selectionOffset, image.selectionOffset + image.selectionLength)).toBe('"image"');
  });

  it('stops at MAX_SYMBOLS symbols for a command of 30,000 numbers, leaving out the deepest, not the later containers', () => {
    const numbers = Array.from({ length: 30_000 }, (_, i) => i % 10).join(',');
    const huge = `{"family":"f","containerDefinitions":[{"name":"a","command":[${numbers}]},{"name":"b","image":"x"}],"volumes":[{"name":"v"}]}`;
    const symbols = taskDefinitionSymbols(huge);
    const count = (list: TextSymbol[]): number => list.reduce((sum, s) => sum + 1 + count(s.children), 0);
    expect(count(symbols)).toBe(MAX_SYMBOLS);
    const containers = find(symbols, 'containerDefinitions').children;
    expect(containers.map((s) => s.name)).toEqual(['a', 'b']);
    expect(find(containers[1]!.children, 'image').detail).toBe('"x"');
    expect(find(symbols, 'volumes').children.map((s) => s.name)).toEqual(['v']);
    expect(find(containers[0]!.children, 'command').children[0]!.name).toBe('[0]');
  });

  it('outlines what parses of broken text', () => {
    const broken = '{ "family": "web", "containerDefinitions": [ { "name": "app", "image": ';
    const containers = find(taskDefinitionSymbols(broken), 'containerDefinitions').children;
    expect(containers.map((s) => s.name)).toEqual(['app']);
  });
});

describe('caret path', () => {
  it('gives the path of the value or key under the caret, without the empty key between members', async () => {
    const { pathAtOffset } = await import('./follow-forms');
    const at = (needle: string) => text.indexOf(needle) + 1;
    expect(pathAtOffset(text, at('"nginx"'))).toEqual(['containerDefinitions', 0, 'name']);
    expect(pathAtOffset(text, at('"LOG_LEVEL"'))).toEqual(['containerDefinitions', 0, 'environment', 0, 'name']);
    expect(pathAtOffset(text, at('"no-name"'))).toEqual(['containerDefinitions', 1, 'image']);
  });
});
