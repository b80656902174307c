// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { containerSections } from '../../core/field-specs/container';
import type { FieldSpec, SectionSpec } from '../../core/field-specs/types';
import { resetDocumentStore, useDocumentStore } from '../../document/store';
import { SpecForm } from './SpecForm';
import { SpecSection } from './SpecSection';

const doc = () => useDocumentStore.getState().doc;
const text = () => useDocumentStore.getState().text;
const control = (path: string) => document.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-path="${path}"]`)!;
const load = (value: object) => act(() => resetDocumentStore(`${JSON.stringify(value, null, 2)}\n`));

const FIELDS: readonly FieldSpec[] = [
  { key: 'size', kind: 'number', label: 'Size', help: 'How big.', docs: 'https://docs.aws.amazon.com/x.html' },
  { key: 'init', kind: 'boolean', label: 'Init', help: 'Three states.' },
  { key: 'modes', kind: 'enum-list', label: 'Modes', help: 'Several.', options: ['read', 'write', 'mknod'] },
  { key: 'labels', kind: 'map', label: 'Labels', help: 'Key/value rows.' },
  { key: 'servers', kind: 'string-list', label: 'Servers', help: 'Rows.', itemLabel: 'Server' },
  { key: 'old', kind: 'text', label: 'Old', help: 'Deprecated.', onlyWhenPresent: true },
];

afterEach(cleanup);

describe('spec form', () => {
  it('shows a label, the help line and an API reference link that opens in a new tab', () => {
    load({});
    render(<SpecForm fields={FIELDS} basePath={['x']} formId="t" />);
    expect(screen.getByLabelText('Size')).toBe(control('x.size'));
    expect(screen.getByText('How big.')).toBeTruthy();
    const link = screen.getAllByRole('link', { name: /API reference/ })[0]!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
  });

  it('keeps a number that is not an integer as typed, so the schema error shows at the field', () => {
    load({ x: { size: 1 } });
    render(<SpecForm fields={FIELDS} basePath={['x']} formId="t" />);
    fireEvent.change(control('x.size'), { target: { value: '1.5' } });
    expect(doc()).toEqual({ x: { size: '1.5' } });
    fireEvent.change(control('x.size'), { target: { value: '' } });
    expect(doc()).toEqual({ x: {} });
  });

  it('tells "not set" apart from false for a boolean without a default', () => {
    load({ x: {} });
    render(<SpecForm fields={FIELDS} basePath={['x']} formId="t" />);
    fireEvent.change(control('x.init'), { target: { value: 'false' } });
    expect(doc()).toEqual({ x: { init: false } });
    fireEvent.change(control('x.init'), { target: { value: '' } });
    expect(doc()).toEqual({ x: {} });
  });

  it('writes checked choices in the list order and removes the key when none is checked', () => {
    load({ x: {} });
    render(<SpecForm fields={FIELDS} basePath={['x']} formId="t" />);
    fireEvent.click(screen.getByLabelText('mknod'));
    fireEvent.click(screen.getByLabelText('read'));
    expect(doc()).toEqual({ x: { modes: ['read', 'mknod'] } });
    fireEvent.click(screen.getByLabelText('read'));
    fireEvent.click(screen.getByLabelText('mknod'));
    expect(doc()).toEqual({ x: {} });
  });

  it('renames a map key in place, keeping the order of the keys', () => {
    load({ x: { labels: { a: '1', b: '2', c: '3' } } });
    render(<SpecForm fields={FIELDS} basePath={['x']} formId="t" />);
    fireEvent.change(control('x.labels.b#key'), { target: { value: 'com.example.b' } });
    expect(Object.keys((doc().x as { labels: object }).labels)).toEqual(['a', 'com.example.b', 'c']);
    fireEvent.change(control('x.labels.com.example.b'), { target: { value: 'two' } });
    expect(doc()).toEqual({ x: { labels: { a: '1', 'com.example.b': 'two', c: '3' } } });
  });

  it('adds and removes string rows as structural changes the form re-reads', () => {
    load({ x: { servers: ['10.0.0.2'] } });
    render(<SpecForm fields={FIELDS} basePath={['x']} formId="t" />);
    fireEvent.click(screen.getByRole('button', { name: 'Add server' }));
    expect(doc()).toEqual({ x: { servers: ['10.0.0.2', ''] } });
    fireEvent.change(control('x.servers.1'), { target: { value: '10.0.0.3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove server 1' }));
    expect(doc()).toEqual({ x: { servers: ['10.0.0.3'] } });
    expect(control('x.servers.0').value).toBe('10.0.0.3');
  });

  it('shows a deprecated field only while the document has it', () => {
    load({ x: {} });
    render(<SpecForm fields={FIELDS} basePath={['x']} formId="t" />);
    expect(control('x.old')).toBeNull();
    load({ x: { old: 'v' } });
    expect(control('x.old').value).toBe('v');
  });

  it('re-reads the document when it changes elsewhere, but not its own edits', () => {
    load({ x: { size: 1 } });
    render(<SpecForm fields={FIELDS} basePath={['x']} formId="t" />);
    load({ x: { size: 7 } });
    expect(control('x.size').value).toBe('7');
  });
});

const PRIVILEGED: SectionSpec = {
  id: 'security',
  title: 'Security',
  fields: [{ key: 'privileged', kind: 'boolean', label: 'Privileged', help: 'Root on the host.' }],
};

describe('spec section', () => {
  it('is collapsed until opened and renders its fields only when open', () => {
    load({ containerDefinitions: [{}] });
    render(<SpecSection section={PRIVILEGED} basePath={['containerDefinitions', 0]} formId="c" rememberKey="test-closed" />);
    const details = document.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(control('containerDefinitions.0.privileged')).toBeNull();
    expect(details.getAttribute('data-field-paths')).toBe('containerDefinitions.0.privileged');
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(control('containerDefinitions.0.privileged')).not.toBeNull();
  });

  it('disables a forbidden empty field and keeps a forbidden field with a value editable, with the reason', () => {
    load({ requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', containerDefinitions: [{}, { privileged: true }] });
    render(
      <>
        <SpecSection section={{ ...PRIVILEGED, open: true }} basePath={['containerDefinitions', 0]} formId="c0" rememberKey="a" />
        <SpecSection section={{ ...PRIVILEGED, open: true }} basePath={['containerDefinitions', 1]} formId="c1" rememberKey="b" />
      </>,
    );
    expect(control('containerDefinitions.0.privileged').disabled).toBe(true);
    expect(control('containerDefinitions.1.privileged').disabled).toBe(false);
    expect(screen.getAllByText(/Fargate does not support privileged containers/).length).toBeGreaterThan(0);
    fireEvent.change(control('containerDefinitions.1.privileged'), { target: { value: '' } });
    expect(text()).not.toContain('privileged');
  });

  it('suggests the option keys of the chosen log driver, and follows a change of driver', () => {
    const logging = containerSections.find((section) => section.id === 'logging')!.fields[0] as Extract<FieldSpec, { kind: 'object' }>;
    const fields = logging.fields.filter((field) => field.key !== 'secretOptions');
    const suggested = () => [...document.querySelectorAll('datalist option')].map((option) => option.getAttribute('value'));
    load({ log: { logDriver: 'splunk', options: {} } });
    render(<SpecForm fields={fields} basePath={['log']} formId="t" />);
    expect(suggested()).toContain('splunk-token');
    expect(suggested()).not.toContain('awslogs-group');
    fireEvent.change(control('log.logDriver'), { target: { value: 'awslogs' } });
    expect(suggested()).toContain('awslogs-group');
    expect(suggested()).not.toContain('splunk-token');
    // "Add entry" picks the first suggestion not yet used.
    fireEvent.click(screen.getByRole('button', { name: 'Add entry to Options' }));
    expect(doc()).toEqual({ log: { logDriver: 'awslogs', options: { 'awslogs-group': '' } } });
  });
});
