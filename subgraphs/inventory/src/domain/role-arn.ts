/** IAM role ARNs: `arn:<partition>:iam::<12 digits>:role/<optional path/>name`. */
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

export function parseRoleArn(arn: string): { partition: string; accountId: string } | null {
  if (arn.length > 2048) return null;
  const m = ROLE_ARN.exec(arn);
  return m ? { partition: m[1] as string, accountId: m[2] as string } : null;
}
