import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../issues';
import { exportDocument } from '../index';
import { shellQuote } from './aws-cli-format';

const doc: JsonObject = {
  family: 'web',
  containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 128, command: ['sh', '-c', `echo 'it'"'"'s' $HOME \`id\` \\ !x`] }],
};

describe('AWS CLI export', () => {
  it('quotes any text so that a POSIX shell gives it back byte for byte', () => {
    for (const text of ["it's", "''", 'a\nb', '$HOME `id` \\ " !', '']) {
      expect(execFileSync('/bin/sh', ['-c', `printf %s ${shellQuote(text)}`], { encoding: 'utf8' })).toBe(text);
    }
  });

  it('passes the register-ready JSON to aws ecs register-task-definition as one shell word', () => {
    const script = exportDocument(doc, 'aws-cli')?.text ?? '';
    expect(script).toContain("aws ecs register-task-definition --cli-input-json 'file://web.json'");
    // Run the script with a stand-in `aws` that prints its arguments: the JSON arrives intact.
    const stub = 'aws() { printf "%s\\n" "$@"; }\n';
    const out = execFileSync('/bin/sh', ['-c', stub + script.replace(/^#!.*\n/, '')], { encoding: 'utf8' });
    const [ecs, register, flag, ...json] = out.replace(/\n$/, '').split('\n');
    expect([ecs, register, flag]).toEqual(['ecs', 'register-task-definition', '--cli-input-json']);
    expect(JSON.parse(json.join('\n'))).toEqual(doc);
  });
});
