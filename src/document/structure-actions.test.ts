import { beforeEach, describe, expect, it } from 'vitest';
import { removeValueListItem } from './structure-actions';
import { resetDocumentStore, useDocumentStore } from './store';

const container = () => (useDocumentStore.getState().doc.containerDefinitions as Record<string, unknown>[])[0]!;

beforeEach(() =>
  resetDocumentStore(
    JSON.stringify({
      family: 'web',
      containerDefinitions: [{ name: 'app', image: 'nginx:1.27', links: ['db', 'cache'], dnsServers: ['10.0.0.2'] }],
    }),
  ),
);

describe('removing a row of a list of values', () => {
  it('removes only that row while others remain', () => {
    expect(removeValueListItem(['containerDefinitions', 0, 'links'], 0)).toBe(true);
    expect(container().links).toEqual(['cache']);
  });

  it('removes the list itself with its last row, leaving no empty array behind', () => {
    removeValueListItem(['containerDefinitions', 0, 'links'], 1);
    removeValueListItem(['containerDefinitions', 0, 'links'], 0);
    expect('links' in container()).toBe(false);
    removeValueListItem(['containerDefinitions', 0, 'dnsServers'], 0);
    expect('dnsServers' in container()).toBe(false);
    expect(useDocumentStore.getState().text).not.toContain('links');
  });
});
