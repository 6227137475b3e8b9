/** The GraphQL documents the integration tests send, as the dashboard would. */
export const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken expiresAt mfaRequired mfaToken user { id email role } }
}`;
export const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken expiresAt user { id } } }`;
export const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
export const ME = `{ me { id email role displayName disabled createdAt organization { id name } } }`;
export const ASSIGN = `mutation($u: ID!, $r: Role!) { assignRole(userId: $u, role: $r) { id role } }`;
export const USERS = `query($first: Int, $after: String) {
  users(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id email } } }
}`;

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

export const VERIFY_MFA = `mutation($t: String!, $c: String, $r: String) {
  verifyMfa(mfaToken: $t, code: $c, recoveryCode: $r) { accessToken refreshToken mfaRequired user { id } }
}`;
export const ENROL_MFA = `mutation { enrolMfa { otpauthUri qrCodeDataUrl } }`;
export const CONFIRM_MFA = `mutation($c: String!) { confirmMfa(code: $c) { recoveryCodes session { accessToken refreshToken mfaRequired } } }`;
export const AUDIT_EVENTS = `query($f: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id sequence action actorId target at ip userAgent requestId details prevHash hash } }
  }
}`;
export const VERIFY_CHAIN = `{ verifyAuditChain { ok firstBrokenId checkedCount } }`;

/** Rows of a raw `db.execute` on either driver. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
