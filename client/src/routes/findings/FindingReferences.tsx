import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { FRAMEWORK_LABEL } from '../../components/complianceFramework';
import type { FindingDetailQuery } from '../../gql/graphql';

type Detail = NonNullable<FindingDetailQuery['finding']>;

/** Only web links become anchors: a reference is catalogue data, and a `javascript:` URL must never be clickable. */
function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function FindingReferences({ references }: { references: Detail['references'] }) {
  if (references.length === 0) return <Text c="dimmed">No references for this check.</Text>;
  return (
    <List size="sm" aria-label="References">
      {references.map((reference) => (
        <List.Item key={reference}>
          {isWebUrl(reference) ? (
            <Anchor href={reference} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>
              {reference}
            </Anchor>
          ) : (
            reference
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** The framework controls the check gives evidence for; each opens that control on the Compliance page. */
export function ComplianceControls({ controls }: { controls: Detail['compliance'] }) {
  if (controls.length === 0) return <Text c="dimmed">This check maps to no framework control.</Text>;
  return (
    <List size="sm" aria-label="Compliance controls">
      {controls.map((control) => (
        <List.Item key={`${control.framework}-${control.controlId}`}>
          <Anchor component={Link} to={`/compliance?framework=${control.framework}`}>
            {FRAMEWORK_LABEL[control.framework]} {control.controlId}
          </Anchor>{' '}
          {control.title}
        </List.Item>
      ))}
    </List>
  );
}
