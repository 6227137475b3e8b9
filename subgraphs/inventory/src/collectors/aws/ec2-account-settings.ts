/** The EC2 account settings of one region (EBS encryption by default, IMDS defaults, Block Public Access). */
import {
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
  GetImageBlockPublicAccessStateCommand,
  GetInstanceMetadataDefaultsCommand,
  GetSnapshotBlockPublicAccessStateCommand,
} from '@aws-sdk/client-ec2';
import { ok, type Ec2AccountRegion } from '@cspmexa/resources';
import { normalizeMetadataOptions } from './ec2-normalize';
import type { Ec2RegionScope } from './ec2-scope';

export async function collectEc2AccountSettings(s: Ec2RegionScope): Promise<Ec2AccountRegion> {
  const arn = `arn:${s.ctx.partition}:ec2:${s.region}:${s.ctx.accountId}:account-settings`;
  const on = { resourceArn: arn };
  const [encryption, kmsKey, imds, snapshotBpa, imageBpa] = await Promise.all([
    s.read(s.api('GetEbsEncryptionByDefault'), () => s.ec2.send(new GetEbsEncryptionByDefaultCommand({})), (o) => o.EbsEncryptionByDefault === true, on),
    s.read(s.api('GetEbsDefaultKmsKeyId'), () => s.ec2.send(new GetEbsDefaultKmsKeyIdCommand({})), (o) => o.KmsKeyId, on),
    s.read(s.api('GetInstanceMetadataDefaults'), () => s.ec2.send(new GetInstanceMetadataDefaultsCommand({})), (o) => normalizeMetadataOptions(o.AccountLevel), on),
    s.read(s.api('GetSnapshotBlockPublicAccessState'), () => s.ec2.send(new GetSnapshotBlockPublicAccessStateCommand({})), (o) => ({ state: o.State ?? 'unblocked' }), on),
    s.read(s.api('GetImageBlockPublicAccessState'), () => s.ec2.send(new GetImageBlockPublicAccessStateCommand({})), (o) => ({ state: o.ImageBlockPublicAccessState ?? 'unblocked' }), on),
  ]);
  return {
    kind: 'aws.ec2.account',
    arn,
    name: `EC2 settings ${s.region}`,
    accountId: s.ctx.accountId,
    region: s.region,
    // The key id only qualifies the setting; failing to read it does not make encryption-by-default unknown.
    ebsEncryptionByDefault:
      encryption.state === 'ok' ? ok({ enabled: encryption.value, ...(kmsKey.state === 'ok' && kmsKey.value ? { kmsKeyId: kmsKey.value } : {}) }) : encryption,
    instanceMetadataDefaults: imds,
    snapshotBlockPublicAccess: snapshotBpa,
    imageBlockPublicAccess: imageBpa,
  };
}
