/** Points the AWS SDK's own environment variables at the local stand-in; returns a function that restores them. */
import { STAND_IN_CREDENTIALS, standInEndpointEnv, type S3StandIn } from '@cspmexa/aws-local';

export function pointAwsAtStandIn(standIn: Pick<S3StandIn, 'endpoint'>): () => void {
  const saved = { ...process.env };
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: STAND_IN_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: STAND_IN_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    ...standInEndpointEnv(standIn.endpoint),
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
  });
  return () => {
    process.env = saved;
  };
}
