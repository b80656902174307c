import { create } from 'zustand';
import { toFieldName, type Path } from '../../core/paths';

/**
 * A request to open the ARN builder of one secret row once it is on screen (after "Move to secrets" the
 * row does not exist yet when the request is made). Local UI state of this feature, not part of the document.
 */
export const useSecretBuilderRequest = create<{ valueFromPath: string | null }>(() => ({ valueFromPath: null }));

/** Opens the ARN builder of the secret whose `valueFrom` is at `path`, and focuses that input. */
export function requestSecretBuilder(path: Path): void {
  useSecretBuilderRequest.setState({ valueFromPath: toFieldName(path) });
}

/** Marks the request as handled. */
export function clearSecretBuilderRequest(): void {
  useSecretBuilderRequest.setState({ valueFromPath: null });
}
