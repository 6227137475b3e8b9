import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 'iam_access_analyzer_enabled',
    shortId: 'IAM-22',
    title: 'IAM Access Analyzer has an active analyzer in the region',
    severity: 'LOW',
    service: 'iam',
    resourceKind: 'aws.accessanalyzer.region',
    description: 'Checks per region that accessanalyzer:ListAnalyzers returns at least one analyzer with status ACTIVE (account or organization external-access analyzers, or any type listed in analyzerTypes).',
    risk: 'Without an analyzer, resources shared with other accounts or the public (buckets, keys, roles, snapshots) go unnoticed until someone abuses them.',
    remediation: {
      text: 'Create an account (or organization) analyzer in every region you use, and review its findings.',
      cli: 'aws accessanalyzer create-analyzer --analyzer-name account-analyzer --type ACCOUNT --region <region>',
      terraform: 'resource "aws_accessanalyzer_analyzer" "account" {\n  analyzer_name = "account-analyzer"\n  type          = "ACCOUNT"\n}',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html'],
    compliance: { 'cis-aws-3.0.0': ['1.20'], 'cis-aws-5.0.0': ['1.19'] },
    settings: {
      /** Analyzer types that count (unused-access analyzers do not report external sharing). */
      analyzerTypes: ['ACCOUNT', 'ORGANIZATION'],
    },
  },
  evaluate(region, { settings }) {
    const analyzers = region.analyzers;
    if (analyzers.state === 'error') return unknownBecause(region.arn, `whether Access Analyzer is enabled in ${region.region}`, analyzers);
    const list = analyzers.state === 'ok' ? analyzers.value : [];
    const types = new Set(settings.analyzerTypes);
    const active = list.filter((a) => a.status === 'ACTIVE' && types.has(a.type));
    if (active.length > 0) return pass(region.arn, `Access Analyzer ${active.map((a) => a.name).join(', ')} is active in ${region.region}`);
    const others = list.map((a) => `${a.name} (${a.type}, ${a.status})`);
    return fail(region.arn, `No active ${settings.analyzerTypes.join('/')} analyzer in ${region.region}${others.length > 0 ? `: only ${others.join(', ')}` : ''}`, { analyzers: list });
  },
});
