import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../issues';
import { exportFileName, registerCommand, serializeForRegister } from './index';

describe('serializeForRegister', () => {
  it('removes read-only fields and nulls and keeps everything else in order, with a final newline', () => {
    const doc = JSON.parse(
      '{"taskDefinitionArn": "arn", "family": "web", "revision": 4, "x-unknown": {"a": null, "b": 1}, "containerDefinitions": [{"name": "app", "user": null}], "status": "ACTIVE"}',
    ) as JsonObject;
    expect(serializeForRegister(doc)).toBe(
      `${JSON.stringify({ family: 'web', 'x-unknown': { b: 1 }, containerDefinitions: [{ name: 'app' }] }, null, 2)}\n`,
    );
  });

  it('keeps nested keys that share a read-only field name', () => {
    const doc = { family: 'a', containerDefinitions: [{ name: 'x', dockerLabels: { status: 'kept', revision: '1' } }] };
    expect(JSON.parse(serializeForRegister(doc))).toEqual(doc);
  });

  it('leaves environment and secrets in their order unless asked to sort them', () => {
    const doc: JsonObject = {
      family: 'a',
      containerDefinitions: [
        {
          name: 'x',
          environment: [{ name: 'B', value: '2' }, { value: 'no name' }, { name: 'A', value: '1' }],
          secrets: [
            { name: 'Z', valueFrom: 'z' },
            { name: 'Y', valueFrom: 'y' },
          ],
          logConfiguration: {
            logDriver: 'splunk',
            secretOptions: [
              { name: 'splunk-token', valueFrom: 't' },
              { name: 'a', valueFrom: 'a' },
            ],
          },
        },
      ],
    };
    type Named = { name?: string }[];
    type Container = { environment: Named; secrets: Named; logConfiguration: { secretOptions: Named } };
    const names = (list: Named) => list.map((entry) => entry.name ?? '-');
    const before = JSON.stringify(doc);
    expect(JSON.parse(serializeForRegister(doc))).toEqual(doc);
    const [container] = (JSON.parse(serializeForRegister(doc, { sortEnvironment: true })) as { containerDefinitions: Container[] })
      .containerDefinitions;
    expect(names(container?.environment ?? [])).toEqual(['A', 'B', '-']);
    expect(names(container?.secrets ?? [])).toEqual(['Y', 'Z']);
    expect(names(container?.logConfiguration.secretOptions ?? [])).toEqual(['a', 'splunk-token']);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('writes a __proto__ key as an ordinary key', () => {
    const doc = JSON.parse('{"family": "a", "__proto__": {"polluted": 1}}') as JsonObject;
    expect(serializeForRegister(doc)).toContain('"__proto__": {');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('registerCommand and exportFileName', () => {
  it('names the file after the family', () => {
    expect(registerCommand('web-api')).toBe('aws ecs register-task-definition --cli-input-json file://web-api.json');
    expect(exportFileName({ family: 'web-api', containerDefinitions: [] })).toBe('web-api.json');
  });

  it('makes an unsafe family safe for a file name', () => {
    expect(registerCommand('my app/../../etc')).toBe('aws ecs register-task-definition --cli-input-json file://my-app-..-..-etc.json');
    expect(exportFileName({ family: '../x y' })).toBe('x-y.json');
  });

  it('falls back to task-definition when there is no usable family', () => {
    expect(registerCommand('')).toBe('aws ecs register-task-definition --cli-input-json file://task-definition.json');
    expect(exportFileName({ family: 42 })).toBe('task-definition.json');
    expect(exportFileName({})).toBe('task-definition.json');
  });
});
