import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 'ec2_elastic_ip_associated',
    shortId: 'EC2-27',
    title: 'Elastic IP address is associated with an instance or interface',
    severity: 'LOW',
    service: 'ec2',
    resourceKind: 'aws.ec2.address',
    description:
      'Checks DescribeAddresses: an address is in use when it has an AssociationId, InstanceId or NetworkInterfaceId. A VPC address always has an AllocationId; an answer without one and without any association is UNKNOWN.',
    risk: 'An idle Elastic IP costs money and keeps an address that DNS records or allow-lists may still point to; released carelessly, it can be picked up by someone else.',
    remediation: {
      text: 'Associate the address with the resource that needs it, or release it after removing DNS records and allow-list entries that name it.',
      cli: 'aws ec2 release-address --allocation-id <eipalloc-id>',
      terraform: '# Remove the unused aws_eip resource, or give it an instance / network_interface.',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html'],
    compliance: {},
    settings: {},
  },
  evaluate(address) {
    const association = address.associationId ?? address.instanceId ?? address.networkInterfaceId;
    if (association !== undefined) return pass(address.arn, `Elastic IP ${address.publicIp} is associated (${association})`);
    // Without AllocationId the answer is not a normal VPC address record, so a missing association proves nothing.
    if (address.allocationId === undefined) return unknownMissingField(address.arn, `whether ${address.publicIp} is in use`, 'DescribeAddresses', 'allocationId');
    return fail(address.arn, `Elastic IP ${address.publicIp} (${address.allocationId}) is not associated with anything`);
  },
});
