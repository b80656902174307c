/**
 * Hostile inputs, as an attacker or a broken pipeline would feed them: each generator takes a size `n` and returns
 * the text of one file. Shared by the robustness tests and `bench/adversarial.ts`, so the benchmark measures what
 * the tests guard.
 */

const container = (extra: string) => `{"name":"app","image":"nginx:1.27","memory":512${extra}}`;
const task = (containerExtra: string, taskExtra = '') => `{"family":"f","containerDefinitions":[${container(containerExtra)}]${taskExtra}}`;

export interface AdversarialKind {
  /** Short id used in test names and benchmark output. */
  id: string;
  /** What the file holds, for humans. */
  what: string;
  /** The text for size parameter `n` (roughly: the number of repeated units). */
  make(n: number): string;
  /** A size that lands just under the 64 KiB ECS limit. */
  at64KiB: number;
}

export const ADVERSARIAL_KINDS: readonly AdversarialKind[] = [
  {
    id: 'deep-arrays',
    what: 'arrays nested n deep',
    make: (n) => `{"family":"f","containerDefinitions":[],"tags":${'['.repeat(n)}${']'.repeat(n)}}`,
    at64KiB: 30_000,
  },
  {
    id: 'deep-objects',
    what: 'objects nested n deep',
    make: (n) => `{"family":"f","containerDefinitions":[],"x":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`,
    at64KiB: 10_000,
  },
  {
    id: 'unclosed-brackets',
    what: 'n unclosed [ (not JSON)',
    make: (n) => '['.repeat(n),
    at64KiB: 60_000,
  },
  {
    id: 'huge-command',
    what: 'a command array of n numbers',
    make: (n) => task(`,"command":[${Array.from({ length: n }, (_, i) => i % 10).join(',')}]`),
    at64KiB: 30_000,
  },
  {
    id: 'many-problems',
    what: 'n environment entries, each with three problems',
    make: (n) => task(`,"environment":[${'{"name":1,"value":2,"x":3},'.repeat(n - 1)}{"name":1,"value":2,"x":3}]`),
    at64KiB: 2_300,
  },
  {
    id: 'placeholder-braces',
    what: 'an image of n "{{"',
    make: (n) => `{"family":"f","containerDefinitions":[{"name":"a","memory":512,"image":"${'{{'.repeat(n)}"}]}`,
    at64KiB: 30_000,
  },
  {
    id: 'placeholder-dollars',
    what: 'an image of n "$${" and "<a"',
    make: (n) => `{"family":"f","containerDefinitions":[{"name":"a","memory":512,"image":"${'$${<a$$$a'.repeat(n)}"}]}`,
    at64KiB: 7_000,
  },
  {
    id: 'unknown-keys',
    what: 'n unknown top-level keys',
    make: (n) => `{"family":"f","containerDefinitions":[],${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`,
    at64KiB: 6_500,
  },
  {
    id: 'comment-lines',
    what: 'n // comment lines (not JSON)',
    make: (n) => `{\n${'// c\n'.repeat(n)}"family":"f"}`,
    at64KiB: 13_000,
  },
  {
    id: 'port-ranges',
    what: 'n containerPortRange entries',
    make: (n) =>
      task(
        `,"portMappings":[${Array.from({ length: n }, (_, i) => `{"containerPortRange":"${1 + (i % 60000)}-${2 + (i % 60000)}"}`).join(',')}]`,
        ',"networkMode":"awsvpc"',
      ),
    at64KiB: 2_200,
  },
  {
    id: 'lone-cr',
    what: 'n lines ended by a lone CR, with a syntax error at the end',
    make: (n) => `{\r${'"family": "f",\r'.repeat(n)}"x": }`,
    at64KiB: 4_000,
  },
  {
    id: 'long-string',
    what: 'an image of n characters',
    make: (n) => `{"family":"f","containerDefinitions":[{"name":"a","memory":512,"image":"${'a'.repeat(n)}"}]}`,
    at64KiB: 64_000,
  },
  {
    id: 'duplicate-keys',
    what: 'n repeats of the same key',
    make: (n) => `{"family":"f","containerDefinitions":[],${'"a":1,'.repeat(n)}"a":2}`,
    at64KiB: 10_000,
  },
  {
    id: 'proto-keys',
    what: 'n __proto__ / constructor keys at every level',
    make: (n) =>
      `{"__proto__":{"polluted":1},"constructor":{"prototype":{}},"family":"f","containerDefinitions":[${Array.from({ length: n }, () =>
        container(',"__proto__":{"x":1},"environment":[{"name":"__proto__","value":"1"}]'),
      ).join(',')}]}`,
    at64KiB: 500,
  },
];
