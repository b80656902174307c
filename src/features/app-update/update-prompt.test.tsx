// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { UpdatePrompt } from './UpdatePrompt';
import { UPDATE_CHECK_INTERVAL_MS } from './use-app-update';

// The service worker itself runs only in a browser (e2e/offline.spec.ts); here the plugin's hook is replaced.
const sw = vi.hoisted(() => ({
  waiting: false,
  setWaiting: vi.fn(),
  updateServiceWorker: vi.fn(() => Promise.resolve()),
  options: undefined as RegisterSWOptions | undefined,
}));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: RegisterSWOptions) => {
    sw.options = options;
    return { needRefresh: [sw.waiting, sw.setWaiting], offlineReady: [false, vi.fn()], updateServiceWorker: sw.updateServiceWorker };
  },
}));

beforeEach(() => {
  sw.waiting = false;
  vi.clearAllMocks();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('update prompt', () => {
  it('keeps an empty status region in the page while no new version waits', () => {
    render(<UpdatePrompt />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('announces a waiting version; Reload activates it and Dismiss hides the prompt', () => {
    sw.waiting = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('status').textContent).toContain('A new version is available.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(sw.setWaiting).toHaveBeenCalledWith(false);
  });

  it('registers after the page has loaded and asks for a new build every hour, unless offline', () => {
    vi.useFakeTimers();
    render(<UpdatePrompt />);
    expect(sw.options?.immediate).toBe(false);
    const update = vi.fn(() => Promise.resolve());
    act(() => sw.options?.onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration));
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(update).toHaveBeenCalledTimes(1);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(update).toHaveBeenCalledTimes(1);
    onLine.mockRestore();
  });
});
