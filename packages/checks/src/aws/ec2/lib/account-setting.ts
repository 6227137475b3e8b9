import type { Collected, Ec2AccountRegion } from '@cspmexa/resources';
import { fail, pass, unknownBecause, type Evaluation } from '../../../engine/result';

/**
 * The shape of the EC2 regional-setting checks: unreadable -> UNKNOWN naming the API; `absent` (never set) and
 * any value `isOn` rejects -> FAIL; else PASS. `describe` states the value found, for the message.
 */
export function judgeRegionSetting<T>(
  region: Ec2AccountRegion,
  setting: Collected<T>,
  what: string,
  isOn: (value: T) => boolean,
  describe: (value: T) => string,
): Evaluation {
  const where = `${region.accountId} ${region.region}`;
  if (setting.state === 'error') return unknownBecause(region.arn, `whether ${what} in ${where}`, setting);
  if (setting.state === 'absent') return fail(region.arn, `Not ${what} in ${where}: the setting was never configured`);
  const detail = describe(setting.value);
  return isOn(setting.value)
    ? pass(region.arn, `${capitalize(what)} in ${where} (${detail})`)
    : fail(region.arn, `Not ${what} in ${where} (${detail})`, { value: setting.value as unknown });
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const EC2_SETTINGS_REFERENCES = {
  ebsDefault: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  imdsDefaults: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html#set-imds-defaults',
  snapshotBpa: 'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
  imageBpa: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html',
} as const;
