/**
 * How a delivery's status reads. Typed as string, not the generated enum, so a status the notifications
 * subgraph adds later shows as itself (grey) instead of breaking the page. Colour always comes with the label.
 */
const DELIVERY_STATUS: Readonly<Record<string, { label: string; color: string }>> = {
  PENDING: { label: 'Pending', color: 'gray' },
  SENT: { label: 'Sent', color: 'green' },
  FAILED: { label: 'Failed', color: 'red' },
};

export function deliveryStatusStyle(status: string): { label: string; color: string } {
  return DELIVERY_STATUS[status] ?? { label: status, color: 'gray' };
}
