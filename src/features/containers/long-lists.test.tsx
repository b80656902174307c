// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { requestFocus } from '../../document/actions';
import { resetDocumentStore } from '../../document/store';
import { EnvironmentRows } from './EnvironmentRows';
import { SHOWN_ROWS } from './first-rows';
import { LISTED_ARGS } from './ShellLineInput';
import { ShellCommandField } from './ShellCommandField';
import { containerBasics } from '../../core/field-specs/container';
import type { FieldSpec } from '../../core/field-specs/types';

afterEach(cleanup);

const withEnvironment = (count: number) =>
  JSON.stringify({
    family: 'f',
    containerDefinitions: [{ name: 'a', environment: Array.from({ length: count }, (_, i) => ({ name: `V${i + 1}`, value: `${i + 1}` })) }],
  });
const rows = () => screen.queryAllByRole('group', { name: /^Environment variable \d+$/ });

describe('a huge environment list', () => {
  it(`shows its first ${SHOWN_ROWS} rows, then more on request, then all`, async () => {
    act(() => resetDocumentStore(withEnvironment(210)));
    render(<EnvironmentRows index={0} />);
    await screen.findByRole('group', { name: `Environment variable ${SHOWN_ROWS}` });
    expect(rows()).toHaveLength(SHOWN_ROWS);
    expect(screen.getByText(`Showing ${SHOWN_ROWS} of 210 variables.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Show ${SHOWN_ROWS} more` }));
    expect(rows()).toHaveLength(2 * SHOWN_ROWS);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 210' }));
    expect(rows()).toHaveLength(210);
    expect(screen.queryByText(/^Showing/)).toBeNull();
  });

  it('shows a hidden row when a problem or the field search asks for it', async () => {
    act(() => resetDocumentStore(withEnvironment(210)));
    render(<EnvironmentRows index={0} />);
    await screen.findByRole('group', { name: `Environment variable ${SHOWN_ROWS}` });
    act(() => requestFocus('form', { path: ['containerDefinitions', 0, 'environment', 205, 'name'] }));
    expect(screen.getByRole('group', { name: 'Environment variable 206' })).toBeTruthy();
  });

  it('shows the row it adds at the end of a list cut short', async () => {
    act(() => resetDocumentStore(withEnvironment(150)));
    render(<EnvironmentRows index={0} />);
    await screen.findByRole('group', { name: `Environment variable ${SHOWN_ROWS}` });
    fireEvent.click(screen.getByRole('button', { name: 'Add environment variable' }));
    expect(await screen.findByRole('group', { name: 'Environment variable 151' })).toBeTruthy();
  });
});

describe('a huge command', () => {
  const spec = containerBasics.fields.find((field) => field.key === 'command') as Extract<FieldSpec, { kind: 'shell' }>;

  it(`stays one line of text, listing its first ${LISTED_ARGS} arguments and how many more there are`, () => {
    const command = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    act(() => resetDocumentStore(JSON.stringify({ family: 'f', containerDefinitions: [{ name: 'a', command }] })));
    render(<ShellCommandField spec={spec} path={['containerDefinitions', 0, 'command']} />);
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe(command.join(' '));
    const listed = screen.getByRole('list', { name: 'Split arguments' }).querySelectorAll('li');
    expect(listed).toHaveLength(LISTED_ARGS + 1);
    expect(listed[LISTED_ARGS]!.textContent).toBe(`and ${3000 - LISTED_ARGS} more arguments`);
    expect((screen.getByRole('button', { name: 'Edit as rows' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
