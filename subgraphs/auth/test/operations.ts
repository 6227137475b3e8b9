/** The GraphQL documents the integration tests send, as the dashboard would. */
export const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken expiresAt mfaRequired user { id email role } }
}`;
export const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken expiresAt user { id } } }`;
export const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
export const ME = `{ me { id email role displayName disabled createdAt organization { id name } } }`;
export const ASSIGN = `mutation($u: ID!, $r: Role!) { assignRole(userId: $u, role: $r) { id role } }`;
export const USERS = `query($first: Int, $after: String) {
  users(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id email } } }
}`;

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
