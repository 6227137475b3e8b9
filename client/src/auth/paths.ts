/** Where the signed-in user's own MFA settings (enrol, recovery codes, turn off) live. */
export const MFA_SETTINGS_PATH = '/account/mfa';
