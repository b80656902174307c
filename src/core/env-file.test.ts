import { describe, expect, it } from 'vitest';
import { envNameProblem, findDuplicateNames, looksRandom, looksSecret, parseEnvFile, sortByName } from './env-file';

const pairs = (text: string) => parseEnvFile(text).entries.map(({ name, value }) => [name, value]);

describe('parseEnvFile', () => {
  it.each([
    ['A=1', [['A', '1']]],
    ['URL=postgres://u:p@h/db?sslmode=require', [['URL', 'postgres://u:p@h/db?sslmode=require']]],
    ['EQ=a=b==c', [['EQ', 'a=b==c']]],
    ['EMPTY=', [['EMPTY', '']]],
    ['EMPTY_QUOTED=""', [['EMPTY_QUOTED', '']]],
    ["EMPTY_SINGLE=''", [['EMPTY_SINGLE', '']]],
    ['  INDENTED=yes', [['INDENTED', 'yes']]],
    ['export EXPORTED=1', [['EXPORTED', '1']]],
    ['export\tTABBED=1', [['TABBED', '1']]],
    ['SPACED=  padded value  ', [['SPACED', 'padded value']]],
    ['HASH=a#b', [['HASH', 'a#b']]],
    ['COLOR=#fff', [['COLOR', '#fff']]],
    ['INLINE=value # a comment', [['INLINE', 'value']]],
    ['INLINE_TAB=value\t# a comment', [['INLINE_TAB', 'value']]],
    ['DQ="a # not a comment"', [['DQ', 'a # not a comment']]],
    ["SQ='a # not a comment' # but this is", [['SQ', 'a # not a comment']]],
    ['ESC="line1\\nline2\\t\\"q\\" back\\\\slash"', [['ESC', 'line1\nline2\t"q" back\\slash']]],
    ['UNKNOWN_ESC="a\\qb"', [['UNKNOWN_ESC', 'a\\qb']]],
    ["SINGLE='no \\n escapes $HOME'", [['SINGLE', 'no \\n escapes $HOME']]],
    ['DOLLAR=$HOME/bin', [['DOLLAR', '$HOME/bin']]],
    ['BACKTICK=`it\'s "quoted"`', [['BACKTICK', 'it\'s "quoted"']]],
    ['EMBEDDED=it"s', [['EMBEDDED', 'it"s']]],
    [
      'A=1\r\nB=2\r\n',
      [
        ['A', '1'],
        ['B', '2'],
      ],
    ],
    ['\uFEFFBOM=1', [['BOM', '1']]],
    ['# comment\n\n   # indented comment\nA=1\n', [['A', '1']]],
    [
      'A=1\nA=2',
      [
        ['A', '1'],
        ['A', '2'],
      ],
    ],
  ])('reads %j', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
    expect(parseEnvFile(text).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads a double-quoted value over several lines and numbers the following lines right', () => {
    const parsed = parseEnvFile('KEY="-----BEGIN KEY-----\nabc\n-----END KEY-----"\nNEXT=1\nbroken');
    expect(parsed.entries).toEqual([
      { name: 'KEY', value: '-----BEGIN KEY-----\nabc\n-----END KEY-----', line: 1 },
      { name: 'NEXT', value: '1', line: 4 },
    ]);
    expect(parsed.problems).toEqual([{ line: 5, message: 'no "=" on this line; write NAME=value', severity: 'error' }]);
  });

  it('skips a line whose quote never closes and goes on with the next line', () => {
    const parsed = parseEnvFile('A="open\nB=2');
    expect(parsed.entries).toEqual([{ name: 'B', value: '2', line: 2 }]);
    expect(parsed.problems).toEqual([{ line: 1, message: 'the closing " quote is missing', severity: 'error' }]);
  });

  it('skips lines without a name and reports them', () => {
    const parsed = parseEnvFile('=value\nJUSTAWORD\n');
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems.map((p) => [p.line, p.severity])).toEqual([
      [1, 'error'],
      [2, 'error'],
    ]);
  });

  it('takes names with whitespace around them but flags them', () => {
    const parsed = parseEnvFile('TRAILING =1\nMY VAR=2\n9LIVES=3');
    expect(pairs('TRAILING =1\nMY VAR=2\n9LIVES=3')).toEqual([
      ['TRAILING', '1'],
      ['MY VAR', '2'],
      ['9LIVES', '3'],
    ]);
    expect(parsed.problems).toEqual([
      { line: 1, message: 'whitespace before "=" was removed from the name "TRAILING"', severity: 'warning' },
      { line: 2, message: 'the name contains a space: "MY VAR"', severity: 'warning' },
      expect.objectContaining({ line: 3, severity: 'warning' }),
    ]);
  });

  it('warns about text after a closing quote', () => {
    expect(parseEnvFile('A="x" y').problems).toEqual([
      { line: 1, message: 'text after the closing quote is ignored: y', severity: 'warning' },
    ]);
  });

  it('reads an empty text as nothing', () => {
    expect(parseEnvFile('')).toEqual({ entries: [], problems: [] });
    expect(parseEnvFile('\n\n# only comments\n')).toEqual({ entries: [], problems: [] });
  });
});

describe('envNameProblem', () => {
  it.each([
    ['PATH', undefined],
    ['_private1', undefined],
    ['', 'the name is empty'],
    ['NAME ', 'the name starts or ends with whitespace'],
    [' NAME', 'the name starts or ends with whitespace'],
    ['MY NAME', 'the name contains a space'],
  ])('judges %j', (name, problem) => {
    expect(envNameProblem(name)).toBe(problem);
  });

  it('flags characters a shell cannot reference', () => {
    expect(envNameProblem('my-var')).toMatch(/characters other than/);
    expect(envNameProblem('1ST')).toMatch(/starts with a digit/);
  });
});

describe('findDuplicateNames', () => {
  it('lists each repeated name with every place it appears, ignoring empty names', () => {
    const found = findDuplicateNames([{ name: 'A' }, { name: 'B' }, { name: 'A' }, { name: '' }, { name: '' }, { name: 'a' }]);
    expect([...found]).toEqual([['A', [0, 2]]]);
  });
});

describe('sortByName', () => {
  it('orders names case-insensitively with numbers by value and keeps equal names in place', () => {
    const sorted = sortByName([
      { name: 'VAR10', value: '1' },
      { name: 'b', value: '2' },
      { name: 'VAR2', value: '3' },
      { name: 'A', value: 'first' },
      { name: 'A', value: 'second' },
    ]);
    expect(sorted.map((e) => `${e.name}=${e.value}`)).toEqual(['A=first', 'A=second', 'b=2', 'VAR2=3', 'VAR10=1']);
  });
});

describe('looksSecret', () => {
  it.each([
    ['DB_PASSWORD', 'hunter2'],
    ['MYSQL_ROOT_PASSWORD', 'root'],
    ['dbPassword', 'x'],
    ['API_KEY', 'abc'],
    ['APIKEY', 'abc'],
    ['STRIPE_SECRET', 'abc'],
    ['CLIENT_SECRETS', 'abc'],
    ['GITHUB_TOKEN', 'abc'],
    ['AUTHTOKEN', 'abc'],
    ['AWS_CREDENTIALS', 'abc'],
    ['PRIVATE_KEY', 'abc'],
    ['SMTP_PASS', 'abc'],
    ['ANYTHING', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['ANYTHING', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'],
    ['ANYTHING', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['ANYTHING', 'dGhpcyBpcyBhIHNlY3JldCBrZXkx=='],
    ['ANYTHING', '4f9a3c2b1e8d7f6a5b4c3d2e1f0a9b8c'],
    // Security Hub ECS.8 names, whatever the value.
    ['AWS_ACCESS_KEY_ID', 'AKIA'],
    ['AWS_SECRET_ACCESS_KEY', 'x'],
    ['ECS_ENGINE_AUTH_DATA', '{}'],
  ])('flags %s=%s', (name, value) => {
    expect(looksSecret(name, value)).toBe(true);
  });

  it.each([
    ['NODE_ENV', 'production'],
    ['PORT', '8080'],
    ['SECRET_ARN', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db'],
    ['DB_PASSWORD', 'arn:aws:ssm:us-east-1:123456789012:parameter/db'],
    ['TOKEN_URL', 'https://auth.example.com/token'],
    ['KEYBOARD', 'us'],
    ['MONKEY', 'banana'],
    ['TOKEN_TTL', '3600'],
    ['FEATURE_SECRET_ENABLED', 'true'],
    ['DB_HOST', 'mysql-primary.cluster-abc.eu-west-1.rds.amazonaws.com'],
    ['BUCKET', 'my-bucket-name-for-assets-2024-prod'],
    ['HANDLER', 'com.example.service.Handler'],
    ['REQUEST_ID', '550e8400-e29b-41d4-a716-446655440000'],
    ['CONFIG', 'config/settings/production2024.yml'],
    ['HOME_DIR', '/var/lib/app/data/cache/2024'],
    ['TZ', 'Europe/Amsterdam_Central_Timezone'],
    ['JAVA_OPTS', '-Xmx512m -Xms256m -XX:+UseG1GC'],
    ['LEVELS', 'INFO,WARN,ERROR,DEBUG,TRACE'],
    ['REPEATED', 'abc123abc123abc123abc123'],
  ])('does not flag %s=%s', (name, value) => {
    expect(looksSecret(name, value)).toBe(false);
  });

  it('judges values shorter than 20 characters by their name only', () => {
    expect(looksRandom('Zx9qW2rT7yU4iO1pL')).toBe(false);
  });
});
