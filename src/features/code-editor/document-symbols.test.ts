import { describe, expect, it } from 'vitest';
import { taskDefinitionSymbols, type TextSymbol } from './document-symbols';

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
