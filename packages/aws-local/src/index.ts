export * from './s3-stand-in';
export * from './s3-bucket-config';
export type { AssumeRoleCall } from './sts';
export { standInEndpointEnv } from './json-apis';
