import { describe, expect, it } from 'vitest';
import { createAlertFeed, type LiveAlert } from './alertFeed';

const alert = (id: string): LiveAlert => ({
  __typename: 'Alert',
  id,
  kind: 'OPENED',
  severity: 'CRITICAL',
  raisedAt: '2026-01-01T00:00:00Z',
  finding: { __typename: 'Finding', id: `f-${id}`, title: 'Root account has no MFA', resourceArn: 'arn:aws:iam::1:root' },
});

describe('createAlertFeed', () => {
  it('keeps alerts newest first and counts unread until marked read', () => {
    const feed = createAlertFeed();
    feed.add(alert('a1'));
    feed.add(alert('a2'));
    expect(feed.snapshot().alerts.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(feed.snapshot().unread).toBe(2);
    feed.markAllRead();
    expect(feed.snapshot().unread).toBe(0);
  });

  it('ignores an alert redelivered after a reconnect', () => {
    const feed = createAlertFeed();
    expect(feed.add(alert('a1'))).toBe(true);
    expect(feed.add(alert('a1'))).toBe(false);
    expect(feed.snapshot().unread).toBe(1);
  });
});
