import { create } from 'zustand';

/**
 * Text dropped on the page that is not a task definition (a compose file, a Kubernetes manifest …): the Import…
 * dialog opens with it and shows its conversion, instead of the drop replacing the document at once.
 */
export const usePendingImport = create<{ pending: { text: string; source: string } | null }>(() => ({ pending: null }));

export function openImportWith(text: string, source: string): void {
  usePendingImport.setState({ pending: { text, source } });
}

export function clearPendingImport(): void {
  usePendingImport.setState({ pending: null });
}
