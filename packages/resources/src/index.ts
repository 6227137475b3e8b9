export * from './collected';
export * from './aws/s3-bucket';
export * from './resource';
