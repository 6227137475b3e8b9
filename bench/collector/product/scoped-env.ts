/**
 * Runs `work` with some environment variables set, then puts the previous values back. The product configures its
 * AWS endpoint and credentials the way a deployment does (AWS_ENDPOINT_URL, the default provider chain), so the
 * benchmark points it at the fake endpoint through the same variables rather than through a bench-only seam.
 */
export async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
