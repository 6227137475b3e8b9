export * from './s3-stand-in';
export * from './s3-bucket-config';
export type { AssumeRoleCall, StandInRole } from './sts';
export type { StandInMember } from './organizations';
export type { StandInAnalyzer } from './access-analyzer';
export { standInEndpointEnv } from './json-apis';
