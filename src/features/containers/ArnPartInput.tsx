import { useId } from 'react';

interface ArnPartInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value (shown in the builder's status line, which `describedBy` names). */
  problem?: string;
  describedBy?: string;
  /** A fixed list: shown as a drop-down. */
  options?: readonly string[];
  /** Suggestions for free text (a datalist). */
  suggestions?: readonly string[];
  placeholder?: string;
  numeric?: boolean;
}

/** One part of an ARN in the builder: a labelled text box or drop-down, marked invalid when its part is. */
export function ArnPartInput({
  label,
  value,
  onChange,
  problem,
  describedBy,
  options,
  suggestions,
  placeholder,
  numeric,
}: ArnPartInputProps) {
  const id = useId();
  const control = {
    id,
    value,
    className: 'input',
    'aria-invalid': problem !== undefined,
    'aria-describedby': problem ? describedBy : undefined,
    title: problem,
  };
  return (
    <div className="field arn-part">
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select {...control} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...control}
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          inputMode={numeric ? 'numeric' : undefined}
          list={suggestions ? `${id}-list` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {suggestions ? (
        <datalist id={`${id}-list`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
