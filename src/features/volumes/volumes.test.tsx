// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetDocumentStore, useDocumentStore } from '../../document/store';
import { VolumesPanel } from './VolumesPanel';

const doc = () => useDocumentStore.getState().doc;
const load = (value: object) => act(() => resetDocumentStore(`${JSON.stringify(value, null, 2)}\n`));
const control = (path: string) => document.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-path="${path}"]`)!;

afterEach(cleanup);

describe('volumes panel', () => {
  it('switches a volume to another type, keeping its name and dropping the old configuration', () => {
    load({ volumes: [{ name: 'data', host: { sourcePath: '/ecs/data' } }] });
    render(<VolumesPanel />);
    expect(screen.getByLabelText('Host source path')).toBe(control('volumes.0.host.sourcePath'));
    fireEvent.change(screen.getByLabelText('Volume type'), { target: { value: 'efs' } });
    expect(doc()).toEqual({ volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: '' } }] });
    fireEvent.change(control('volumes.0.efsVolumeConfiguration.fileSystemId'), { target: { value: 'fs-1' } });
    fireEvent.change(control('volumes.0.efsVolumeConfiguration.authorizationConfig.iam'), { target: { value: 'ENABLED' } });
    expect(doc()).toEqual({
      volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1', authorizationConfig: { iam: 'ENABLED' } } }],
    });
  });

  it('shows a volume configured at launch as such, with its flag', () => {
    load({ volumes: [{ name: 'ebs', configuredAtLaunch: true }] });
    render(<VolumesPanel />);
    expect((screen.getByLabelText('Volume type') as HTMLSelectElement).value).toBe('launch');
    expect(control('volumes.0.configuredAtLaunch').checked).toBe(true);
  });

  it('disables the volume types the launch type forbids', () => {
    load({ requiresCompatibilities: ['FARGATE'], volumes: [{ name: 'scratch', host: {} }] });
    render(<VolumesPanel />);
    const docker = [...(screen.getByLabelText('Volume type') as HTMLSelectElement).options].find((o) => o.value === 'docker')!;
    expect(docker.disabled).toBe(true);
    expect(control('volumes.0.host.sourcePath').disabled).toBe(true);
  });

  it('moves the mount points along when a volume is renamed', () => {
    load({
      containerDefinitions: [{ name: 'app', mountPoints: [{ sourceVolume: 'data', containerPath: '/d' }] }],
      volumes: [{ name: 'data', host: {} }],
    });
    render(<VolumesPanel />);
    const name = screen.getByLabelText('Volume name');
    fireEvent.focus(name);
    fireEvent.change(name, { target: { value: 'db' } });
    expect(doc()).toMatchObject({ containerDefinitions: [{ mountPoints: [{ sourceVolume: 'db' }] }], volumes: [{ name: 'db' }] });
  });
});
