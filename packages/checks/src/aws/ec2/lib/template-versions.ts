import type { Ec2LaunchTemplate, LaunchTemplateVersion } from '@cspmexa/resources';
import { unknownBecause, type Evaluation } from '../../../engine/result';

/**
 * The versions of a template a check judges, or the UNKNOWN verdict when they could not be listed. Every version
 * can be launched by number, so all are judged unless `defaultOnly` (the version `$Default` launches).
 */
export function versionsToJudge(template: Ec2LaunchTemplate, question: string, defaultOnly: boolean): LaunchTemplateVersion[] | Evaluation {
  const versions = template.versions;
  if (versions.state === 'error') return unknownBecause(template.arn, question, versions);
  const list = versions.state === 'ok' ? versions.value : [];
  return defaultOnly ? list.filter((v) => v.isDefault) : list;
}

export const isVerdict = (value: LaunchTemplateVersion[] | Evaluation): value is Evaluation => !Array.isArray(value);

export const versionList = (versions: readonly LaunchTemplateVersion[]) => versions.map((v) => v.versionNumber).join(', ');
