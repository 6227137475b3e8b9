import { Badge } from '@mantine/core';
import type { Severity } from '../gql/graphql';
import { SEVERITY_STYLE } from './severity';

/** A severity as colour plus its text label. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const style = SEVERITY_STYLE[severity];
  return (
    <Badge color={style.color} autoContrast variant="filled" radius="sm">
      {style.label}
    </Badge>
  );
}
