import { BooleanField } from './BooleanField';
import { EnumField } from './EnumField';
import { EnumListField } from './EnumListField';
import { ListField } from './ListField';
import { MapField } from './MapField';
import { ObjectGroup } from './ObjectGroup';
import { ObjectListField } from './ObjectListField';
import { OnlyWhenPresent } from './OnlyWhenPresent';
import { ScalarField } from './ScalarField';
import type { SpecFieldProps } from './spec-field-props';

/** The control for one field spec, by kind. */
export function SpecField(props: SpecFieldProps) {
  if (props.spec.onlyWhenPresent) {
    return (
      <OnlyWhenPresent path={props.path}>
        <SpecFieldByKind {...props} />
      </OnlyWhenPresent>
    );
  }
  return <SpecFieldByKind {...props} />;
}

function SpecFieldByKind(props: SpecFieldProps) {
  const { spec } = props;
  switch (spec.kind) {
    case 'text':
    case 'number':
    case 'shell':
      return <ScalarField {...props} spec={spec} />;
    case 'boolean':
      return <BooleanField {...props} spec={spec} />;
    case 'enum':
      return <EnumField {...props} spec={spec} />;
    case 'enum-list':
      return <EnumListField {...props} spec={spec} />;
    case 'string-list':
    case 'number-list':
      return <ListField {...props} spec={spec} />;
    case 'map':
      return <MapField {...props} spec={spec} />;
    case 'object':
      return <ObjectGroup {...props} spec={spec} />;
    case 'object-list':
      return <ObjectListField {...props} spec={spec} />;
  }
}
