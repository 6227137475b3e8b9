/** Documentation the IAM checks cite. */
export const IAM_REFERENCES = {
  root: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
  rootMfa: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  credentialReport: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  passwordPolicy: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  accessKeys: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  mfa: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html',
  policies: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html',
  bestPractices: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
} as const;
