import { describe, expect, it } from 'vitest';
import { actionChoices, readAuditFilterParams, toAuditEventFilter, writeAuditFilterParams } from './auditFilters';

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

describe('actionChoices', () => {
  it('groups the server\'s action names by what was acted on, in its order', () => {
    expect(actionChoices(['login.failed', 'aws_account.created', 'aws_account.deleted', 'logout'], '')).toEqual([
      { group: 'login', items: [{ value: 'login.failed', label: 'login.failed' }] },
      {
        group: 'aws_account',
        items: [
          { value: 'aws_account.created', label: 'aws_account.created' },
          { value: 'aws_account.deleted', label: 'aws_account.deleted' },
        ],
      },
      { group: 'logout', items: [{ value: 'logout', label: 'logout' }] },
    ]);
  });

  it('keeps a shared link\'s value that is not one known name selectable', () => {
    expect(actionChoices(['findings.muted'], 'findings.muted, mute_rule.deleted')[0]).toEqual({
      group: 'From the link',
      items: [{ value: 'findings.muted, mute_rule.deleted', label: 'findings.muted, mute_rule.deleted' }],
    });
    expect(actionChoices(['findings.muted'], 'findings.muted')).toHaveLength(1);
  });
});
