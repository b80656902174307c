// @vitest-environment jsdom
/**
 * Coverage: every leaf member of RegisterTaskDefinitionRequest in the AWS model has a form control with its
 * `data-path`, and editing that control changes exactly that path of the document.
 */
import { readFileSync } from 'node:fs';
import { URL as NodeUrl, fileURLToPath } from 'node:url';
import { act, cleanup, render } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { attributeSelector } from '../components/spec-form/focus-path';
import { deepEqual } from '../core/deep-equal';
import { getAtPath, toFieldName, type Path } from '../core/paths';
import { resetDocumentStore, useDocumentStore } from '../document/store';
import { ContainersSection } from '../features/containers/ContainersSection';
import { TaskPanel } from '../features/task-form/TaskPanel';
import { VolumesPanel } from '../features/volumes/VolumesPanel';
import { editControl } from './edit-control';
import { leafPaths, sampleDocument, volumeKindOfPath, type AwsModel } from './model-leaves';

// Node's URL, not the global one: under jsdom that is jsdom's class, which node:fs does not accept.
const MODEL_FILE = fileURLToPath(new NodeUrl('../../data/aws-model/ecs-taskdef-model.json', import.meta.url));

/** `root` with `value` at `path`, creating missing objects and arrays on the way. */
function withValue(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const node = (root ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  const next = withValue(copy[head!], rest, value);
  if (next === undefined) delete copy[head!];
  else copy[head!] = next;
  return copy;
}

/** Opens every collapsed section (opening one may reveal more). */
function openAllSections(): void {
  for (let round = 0; round < 5; round++) {
    const closed = [...document.querySelectorAll('details:not([open])')];
    if (closed.length === 0) return;
    act(() => {
      for (const details of closed) {
        (details as HTMLDetailsElement).open = true;
        details.dispatchEvent(new Event('toggle'));
      }
    });
  }
}

/** The controls of `path`; a string list edited as one control (shell line, check boxes) answers for its item 0. */
function controlsOf(path: Path): HTMLElement[] {
  const find = (p: Path) => [...document.querySelectorAll<HTMLElement>(attributeSelector('data-path', toFieldName(p)))];
  const own = find(path);
  if (own.length > 0 || path[path.length - 1] !== 0) return own;
  return find(path.slice(0, -1));
}

/** Why editing the control of `path` does not cover it, or null when it changes exactly that path. */
function checkLeaf(path: Path, text: string): string | null {
  act(() => resetDocumentStore(text));
  openAllSections();
  const controls = controlsOf(path);
  if (controls.length === 0) return 'no control';
  const before = useDocumentStore.getState().doc;
  let problem: string | null = null;
  act(() => {
    problem = editControl(controls);
  });
  if (problem) return problem;
  const after = useDocumentStore.getState().doc;
  if (deepEqual(getAtPath(after, path), getAtPath(before, path))) return 'the edit did not change it';
  if (!deepEqual(withValue(after, path, getAtPath(before, path)), before)) return 'the edit changed other paths too';
  return null;
}

describe('form coverage of the AWS model', () => {
  afterAll(cleanup);

  it('has a control for every leaf member of RegisterTaskDefinitionRequest that edits exactly that path', () => {
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as AwsModel;
    const leaves = leafPaths(model);
    const texts = new Map<string, string>();
    const textFor = (path: Path) => {
      const kind = volumeKindOfPath(path);
      if (!texts.has(kind)) texts.set(kind, `${JSON.stringify(sampleDocument(model, kind), null, 2)}\n`);
      return texts.get(kind)!;
    };
    resetDocumentStore(textFor([]));
    render(
      <>
        <TaskPanel />
        <ContainersSection />
        <VolumesPanel />
      </>,
    );
    const missing: string[] = [];
    for (const path of leaves) {
      const problem = checkLeaf(path, textFor(path));
      if (problem) missing.push(`${toFieldName(path)}: ${problem}`);
    }
    console.log(`covered ${leaves.length - missing.length} of ${leaves.length}`);
    expect(missing, `covered ${leaves.length - missing.length} of ${leaves.length}; not covered:`).toEqual([]);
  }, 120_000); // renders and edits ~130 controls one by one: slow on a busy 2-core machine, not a timing test
});
