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
    ['   \t ', []],
    ['sh -c \'echo "$HOME" && exit 1\'', ['sh', '-c', 'echo "$HOME" && exit 1']],
    ['CMD-SHELL "curl -f http://localhost/ || exit 1"', ['CMD-SHELL', 'curl -f http://localhost/ || exit 1']],
    ['--opt="a b"c\'d e\'', ['--opt=a bcd e']],
    ["''", ['']],
    ['"" \'\'', ['', '']],
    ['a""b', ['ab']],
    ["echo 'back\\slash stays'", ['echo', 'back\\slash stays']],
    ["echo 'it'\\''s'", ['echo', "it's"]],
    ['echo "\\n is not a line break"', ['echo', '\\n is not a line break']],
    ['echo "\\$HOME \\` \\\\"', ['echo', '$HOME ` \\']],
    ['echo \\"not quoted\\"', ['echo', '"not', 'quoted"']],
    ['echo \\#', ['echo', '#']],
    ['echo a # a comment', ['echo', 'a']],
    ['echo a#b "#" \'#\'', ['echo', 'a#b', '#', '#']],
    ['#only a comment', []],
    ['echo a # comment\necho b', ['echo', 'a', 'echo', 'b']],
    ['one \\\ntwo', ['one', 'two']],
    ['jo\\\nined "al\\\nso"', ['joined', 'also']],
    ['tab\tseparated\nlines', ['tab', 'separated', 'lines']],
    ['ends with backslash\\', ['ends', 'with', 'backslash\\']],
    ['KEY= value=', ['KEY=', 'value=']],
    ['naïve 日本語 "émoji 🎉"', ['naïve', '日本語', 'émoji 🎉']],
  ])('splits %j into %j', (line, words) => {
    expect(splitShellWords(line)).toEqual(words);
  });

  it('keeps an unterminated quote as part of the last word rather than losing it', () => {
    expect(splitShellWords('echo "abc')).toEqual(['echo', 'abc']);
  });
});

describe('joinShellWords', () => {
  it('quotes words that would start a comment or hold line breaks', () => {
    expect(joinShellWords(['#', 'a#b', 'two\nlines'])).toBe(`'#' 'a#b' 'two\nlines'`);
  });

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
