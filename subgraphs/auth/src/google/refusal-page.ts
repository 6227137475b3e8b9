/**
 * The small page a refused Google callback shows: the reason in plain words and a way back to sign-in, whose
 * fragment `#signInError=<code>` lets the dashboard's login page say what happened too.
 */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function refusalPage(message: string, code: string, publicUrl: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in failed - CSPMEXA</title></head>',
    `<body><main><h1>Sign-in failed</h1><p>${escapeHtml(message)}</p>`,
    `<p><a href="${escapeHtml(`${publicUrl}/login#${new URLSearchParams({ signInError: code }).toString()}`)}">Back to sign-in</a></p></main></body></html>`,
  ].join('');
}
