import type { Collected, PublicAccessBlock, S3Bucket } from '@cspmexa/resources';
import { fail, pass, unknownBecauseAll, type Evaluation, type MissingInput } from '../../../engine/result';
import { analysePolicyStatements } from '../../iam-policy/public-statements';
import { describeGrant, publicGrants } from './acl';
import { effectiveFlag, type BlockPublicAccessFlag } from './public-access-block';

/** Everything S3-03 (and ACC-04 for a trail's bucket) learned about a bucket: what exposes it, what Block Public Access cancels, what it could not read. */
export interface ExposureReport {
  exposures: string[];
  neutralized: string[];
  missing: MissingInput[];
  /** Only the facts that exist (public grants, statements, policy status), to keep PASS rows small. */
  evidence: Record<string, unknown>;
}

export interface ExposureOptions {
  account: Collected<PublicAccessBlock> | undefined;
  restrictingConditionKeys: readonly string[];
  requirePolicyStatus: boolean;
}

const POLICY_STATUS_SAYS_NO_POLICY = {
  state: 'error',
  api: 's3:GetBucketPolicyStatus',
  code: 'NoSuchBucketPolicy',
  message: 'GetBucketPolicy returned a policy, then GetBucketPolicyStatus said the bucket has none',
} as const;

/**
 * Collects public grants from the ACL and the bucket policy, then asks Block Public Access whether each is in
 * force: IgnorePublicAcls cancels ACL grants, RestrictPublicBuckets cancels public policies, at bucket or account
 * level. BlockPublicAcls/BlockPublicPolicy only reject *new* public grants, so they cancel nothing already there.
 */
export function assessExposure(bucket: S3Bucket, options: ExposureOptions): ExposureReport {
  const report: ExposureReport = { exposures: [], neutralized: [], missing: [], evidence: {} };

  const acl = bucket.acl;
  if (acl.state === 'error') {
    report.missing.push({ needed: 'whether the ACL grants public access', error: acl });
  } else if (acl.state === 'ok') {
    const grants = publicGrants(acl.value.grants);
    if (grants.length > 0) {
      const described = grants.map(describeGrant);
      report.evidence.publicAclGrants = described;
      judge(report, bucket, options, 'ignorePublicAcls', `the ACL grants ${described.join(', ')}`);
    }
  }

  const policy = bucket.policy;
  if (policy.state === 'error') {
    report.missing.push({ needed: 'whether the bucket policy grants public access', error: policy });
  } else if (policy.state === 'ok') {
    const analysis = analysePolicyStatements(policy.value, options.restrictingConditionKeys);
    const status = bucket.policyStatus;
    if (analysis.publicStatements.length > 0) report.evidence.publicStatements = analysis.publicStatements;
    if (analysis.restrictedStatements.length > 0) report.evidence.restrictedStatements = analysis.restrictedStatements;
    if (status.state === 'ok') report.evidence.policyStatusIsPublic = status.value.isPublic;

    if (analysis.publicStatements.length > 0) {
      const names = analysis.publicStatements.map((s) => `${s.sid ?? `#${s.index}`} (${s.principal})`);
      judge(report, bucket, options, 'restrictPublicBuckets', `the bucket policy allows everyone in statement ${names.join(', ')}`);
    } else if (status.state === 'ok' && status.value.isPublic) {
      // AWS's evaluation knows more condition semantics than ours; when it says public, believe it.
      judge(report, bucket, options, 'restrictPublicBuckets', 'GetBucketPolicyStatus reports the bucket policy as public');
    } else if (status.state !== 'ok' && options.requirePolicyStatus) {
      // Our analysis found nothing, but without AWS's opinion that is not enough for a PASS, unless
      // RestrictPublicBuckets would cancel a public policy anyway. "No policy" from the status call, after the
      // policy call returned one, means the policy changed between the two calls: no opinion on what we read.
      if (effectiveFlag('restrictPublicBuckets', bucket.publicAccessBlock, options.account).state !== 'on') {
        const error = status.state === 'error' ? status : POLICY_STATUS_SAYS_NO_POLICY;
        report.missing.push({ needed: "AWS's evaluation of the bucket policy", error });
      }
    }
  }
  return report;
}

/** Files one exposure under exposures, neutralized or missing, depending on the Block Public Access flag. */
function judge(report: ExposureReport, bucket: S3Bucket, options: ExposureOptions, flag: BlockPublicAccessFlag, exposure: string): void {
  const effective = effectiveFlag(flag, bucket.publicAccessBlock, options.account);
  if (effective.state === 'on') report.neutralized.push(`${exposure}, neutralized by ${flag} (${effective.by} level)`);
  else if (effective.state === 'off') report.exposures.push(exposure);
  else report.missing.push({ needed: `whether ${flag} neutralizes that ${exposure}`, error: effective.error });
}

/**
 * The verdict on an exposure report, about `resourceArn` (the bucket, or the trail whose bucket it is): FAIL on a
 * definite exposure even when other parts were unreadable (what we did read is already public), else UNKNOWN
 * when something could not be read, else PASS saying what Block Public Access neutralized.
 */
export function exposureVerdict(resourceArn: string, subject: string, report: ExposureReport): Evaluation {
  const inSentence = subject.charAt(0).toLowerCase() + subject.slice(1);
  const evidence = report.evidence;
  if (report.neutralized.length > 0) evidence.neutralized = report.neutralized;
  if (report.exposures.length > 0) {
    if (report.missing.length > 0) evidence.unreadable = report.missing.map((m) => `${m.error.api}: ${m.error.code}`);
    return fail(resourceArn, `${subject} is public: ${report.exposures.join('; ')}`, evidence);
  }
  if (report.missing.length > 0) return unknownBecauseAll(resourceArn, `whether ${inSentence} is public`, report.missing);
  const why = report.neutralized.length > 0 ? `: ${report.neutralized.join('; ')}` : '';
  return pass(resourceArn, `${subject} is not public${why}`, evidence);
}
