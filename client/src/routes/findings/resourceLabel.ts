/**
 * A short name for a finding's resource, read from its ARN, so the findings list can lead with what an analyst
 * recognizes (a bucket, a user, a security group id) and keep the full ARN beside it. Inventory has the real
 * display names; the findings list only carries the ARN, and asking inventory per row would cost a call each.
 */
export function resourceLabel(arn: string): string {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return arn;
  const resource = parts.slice(5).join(':');
  // "log-group:/aws/cloudtrail:*": the type is followed by a colon and the name may hold slashes.
  const typed = /^[a-z][a-z0-9-]*:(.+?)(:\*)?$/.exec(resource);
  if (typed) return typed[1]!;
  // "user/path/alice" -> "alice", "security-group/sg-1" -> "sg-1"; an S3 bucket ARN is the bare name.
  const name = resource.split('/').pop() ?? '';
  return name || resource || arn;
}
