import type { NetworkAclEntry } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { DEFAULT_DENY, ingress, networkAcl } from '../lib/nacl-fixture';
import { check } from './check';

const verdict = (...entries: NetworkAclEntry[]) => evaluateCheck(check, networkAcl([...entries, DEFAULT_DENY]))[0]!;

describe('ec2_network_acl_no_internet_ingress_to_admin_ports (EC2-09)', () => {
  it('EC2-09 fails for a port range covering 3389 from ::/0, naming port, family and rule', () => {
    expect(verdict(ingress(120, 'allow', '6', '::/0', [1024, 65535])).message).toBe('Network ACL acl-0abc admits port 3389 from ::/0 (rule 120)');
  });

  it('EC2-09 follows rule order: a deny numbered after the allow does not protect', () => {
    expect(verdict(ingress(100, 'allow', 'tcp', '0.0.0.0/0', [22, 22]), ingress(200, 'deny', 'tcp', '0.0.0.0/0', [22, 22])).status).toBe('FAIL');
  });

  it('EC2-09 ignores narrow sources, UDP and egress entries', () => {
    const egress = { ...ingress(100, 'allow', 'all', '0.0.0.0/0'), egress: true };
    expect(verdict(ingress(100, 'allow', 'tcp', '203.0.113.0/24', [22, 22]), ingress(110, 'allow', 'udp', '0.0.0.0/0', [3389, 3389]), egress).status).toBe('PASS');
  });

  it('EC2-09 honours adminPorts, including ranges', () => {
    const acl = networkAcl([ingress(100, 'allow', 'tcp', '0.0.0.0/0', [5985, 5986]), DEFAULT_DENY]);
    expect(evaluateCheck(check, acl)[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, acl, { settings: { adminPorts: ['22', '3389', '5985-5986'] } })[0]?.status).toBe('FAIL');
  });
});
