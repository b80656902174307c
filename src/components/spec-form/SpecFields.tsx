import type { FieldSpec } from '../../core/field-specs/types';
import type { Path } from '../../core/paths';
import { SpecField } from './SpecField';
import type { SpecFieldProps } from './spec-field-props';
import { isWide } from './spec-values';

interface SpecFieldsProps extends Pick<SpecFieldProps, 'form' | 'formId' | 'compact'> {
  fields: readonly FieldSpec[];
  /** JSON path of the object holding the fields. */
  basePath: Path;
  /** react-hook-form name of that object ('' at the form's root). */
  namePrefix: string;
  /** Rows: fields side by side on one line instead of the grid. */
  inline?: boolean;
}

/** Fields of one object in a dense grid: short fields (numbers, booleans, choices) share a line. */
export function SpecFields({ fields, basePath, namePrefix, inline, ...rest }: SpecFieldsProps) {
  return (
    <div className={inline ? 'spec-inline' : 'spec-grid'}>
      {fields.map((spec) => (
        <div key={spec.key} className={!inline && isWide(spec) ? 'spec-cell spec-cell-wide' : 'spec-cell'}>
          <SpecField {...rest} spec={spec} path={[...basePath, spec.key]} name={namePrefix ? `${namePrefix}.${spec.key}` : spec.key} />
        </div>
      ))}
    </div>
  );
}
