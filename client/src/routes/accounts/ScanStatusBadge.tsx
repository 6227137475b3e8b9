import { Badge } from '@mantine/core';
import { scanStatusColor, scanStatusLabel } from './scanStatus';

export function ScanStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={scanStatusColor(status)} variant="light">
      {scanStatusLabel(status)}
    </Badge>
  );
}
