import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinShellWords, splitShellWords } from './shell-words';

describe('splitShellWords', () => {
  it.each([
    ['mysqld --character-set-server=utf8', ['mysqld', '--character-set-server=utf8']],
    ['  sh   -c  "echo hello world" ', ['sh', '-c', 'echo hello world']],
    ["echo 'it''s'", ['echo', 'its']],
    ['echo "a \\"quoted\\" word"', ['echo', 'a "quoted" word']],
    ['echo a\\ b', ['echo', 'a b']],
    ['echo ""', ['echo', '']],
    ['env KEY=a=b', ['env', 'KEY=a=b']],
    ['echo $HOME', ['echo', '$HOME']],
    ['', []],
  ])('splits %j into %j', (line, words) => {
    expect(splitShellWords(line)).toEqual(words);
  });

  it('keeps an unterminated quote as part of the last word rather than losing it', () => {
    expect(splitShellWords('echo "abc')).toEqual(['echo', 'abc']);
  });
});

describe('joinShellWords', () => {
  it('quotes only what needs quoting', () => {
    expect(joinShellWords(['sh', '-c', 'echo hi', "it's", ''])).toBe(`sh -c 'echo hi' 'it'\\''s' ''`);
  });

  it('gives a line that splits back into the same words', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (words) => {
        expect(splitShellWords(joinShellWords(words))).toEqual(words);
      }),
    );
  });
});
