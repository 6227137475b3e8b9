import { describe, expect, it } from 'vitest';
import { readAuditFilterParams, toAuditEventFilter, writeAuditFilterParams } from './auditFilters';

describe('audit log filters', () => {
  it('round-trips through the URL, leaving out empty filters', () => {
    const params = { action: 'login.failed', actor: 'u1', from: '2026-01-01', to: '' };
    const search = writeAuditFilterParams(params);
    expect(search.toString()).toBe('action=login.failed&actor=u1&from=2026-01-01');
    expect(readAuditFilterParams(search)).toEqual(params);
  });

  it('ignores dates that are not whole days, so a hand-edited URL cannot send a malformed time', () => {
    expect(readAuditFilterParams(new URLSearchParams('from=yesterday&to=2026-02-30T00:00')).from).toBe('');
    expect(readAuditFilterParams(new URLSearchParams('to=2026-02-30T00:00')).to).toBe('');
  });

  it('turns the URL into the API filter: several actions, the actor, whole UTC days with an inclusive end', () => {
    expect(toAuditEventFilter({ action: 'login.failed, mfa.replay', actor: 'u1', from: '2026-01-01', to: '2026-01-31' })).toEqual({
      actions: ['login.failed', 'mfa.replay'],
      actorId: 'u1',
      since: '2026-01-01T00:00:00.000Z',
      until: '2026-01-31T23:59:59.999Z',
    });
  });

  it('sends no filter when none is set', () => {
    expect(toAuditEventFilter({ action: ' ', actor: '', from: '', to: '' })).toBeUndefined();
  });
});
