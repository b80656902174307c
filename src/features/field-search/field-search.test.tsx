// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldSearchIndex } from '../../core/field-specs';
import type { JsonObject } from '../../core/issues';
import { selectContainer } from '../../document/actions';
import { resetDocumentStore, useDocumentStore } from '../../document/store';
import { FieldSearch } from './FieldSearch';
import { resolveEntryPath } from './resolve-entry-path';

const entry = (path: string) => fieldSearchIndex.find((e) => e.path === path)!;

afterEach(cleanup);

describe('field search', () => {
  it('lists matching fields and asks the form to reveal the chosen one in the selected container', () => {
    act(() => resetDocumentStore('{ "containerDefinitions": [{ "name": "a" }, { "name": "b" }] }'));
    act(() => selectContainer(1));
    render(<FieldSearch />);
    const box = screen.getByRole('combobox', { name: 'Find a field' });
    fireEvent.change(box, { target: { value: 'ulimit' } });
    expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/^Ulimits/);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(useDocumentStore.getState().focusRequest).toMatchObject({ target: 'form', path: ['containerDefinitions', 1, 'ulimits'] });
  });

  it('says so when nothing matches', () => {
    render(<FieldSearch />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Find a field' }), { target: { value: 'qqqq' } });
    expect(screen.getByText(/No field matches/)).toBeTruthy();
  });

  it('resolves a volume field to the first volume of its kind and list rows to row 0', () => {
    const doc: JsonObject = {
      volumes: [
        { name: 'a', host: {} },
        { name: 'b', efsVolumeConfiguration: { fileSystemId: 'fs-1' } },
      ],
    };
    expect(resolveEntryPath(entry('volumes.*.efsVolumeConfiguration.fileSystemId'), doc, 0)).toEqual([
      'volumes',
      1,
      'efsVolumeConfiguration',
      'fileSystemId',
    ]);
    expect(resolveEntryPath(entry('tags.*.key'), doc, 0)).toEqual(['tags', 0, 'key']);
    expect(resolveEntryPath(entry('containerDefinitions.*.image'), doc, 0)).toBeNull();
  });
});
