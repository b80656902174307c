import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { SpecValues } from './spec-values';

/** The rows of the array at `name` (react-hook-form field array), each with a stable `id` for React keys. */
export function useRows(form: UseFormReturn<SpecValues>, name: string): { id: string }[] {
  // Spec values are untyped records, so react-hook-form cannot type array names: the cast is the boundary.
  return useFieldArray({ control: form.control, name: name as never }).fields;
}
