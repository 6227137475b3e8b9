import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 'vpc_flow_logs_enabled',
    shortId: 'VPC-01',
    title: 'VPC has an active flow log',
    severity: 'MEDIUM',
    service: 'vpc',
    resourceKind: 'aws.ec2.vpc',
    description:
      'Checks DescribeFlowLogs(resource-id = the VPC) for a flow log whose FlowLogStatus is ACTIVE and whose TrafficType is one of acceptedTrafficTypes (ALL or REJECT, as CIS asks at least rejected traffic).',
    risk: 'Without flow logs there is no record of who talked to what inside the VPC: scans, exfiltration and lateral movement leave no network trace to investigate.',
    remediation: {
      text: 'Create a flow log for the VPC capturing at least REJECT (preferably ALL) traffic to CloudWatch Logs or S3.',
      cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>/vpc/',
      terraform: 'resource "aws_flow_log" "vpc" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.flow_logs.arn\n}',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
    compliance: { 'cis-aws-3.0.0': ['3.7'], 'cis-aws-5.0.0': ['3.7'] },
    settings: {
      /** Traffic types that satisfy the check. */
      acceptedTrafficTypes: ['ALL', 'REJECT'],
    },
  },
  evaluate(vpc, { settings }) {
    const logs = vpc.flowLogs;
    if (logs.state === 'error') return unknownBecause(vpc.arn, `whether ${vpc.vpcId} has flow logs`, logs);
    const list = logs.state === 'ok' ? logs.value : [];
    const active = list.filter((l) => l.status === 'ACTIVE' && l.trafficType !== undefined && settings.acceptedTrafficTypes.includes(l.trafficType));
    if (active.length > 0) return pass(vpc.arn, `VPC ${vpc.vpcId} has active flow log(s) ${active.map((l) => `${l.flowLogId} (${l.trafficType})`).join(', ')}`);
    const others = list.map((l) => `${l.flowLogId} (${l.status ?? 'no status'}, ${l.trafficType ?? 'no traffic type'})`);
    return fail(vpc.arn, `VPC ${vpc.vpcId} has no active flow log capturing ${settings.acceptedTrafficTypes.join(' or ')} traffic${others.length > 0 ? `: ${others.join(', ')}` : ''}`, { flowLogs: list });
  },
});
