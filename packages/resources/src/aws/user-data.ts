/**
 * What the collector keeps of instance or launch-template user data. The text itself is never stored (it is
 * where people paste secrets, and the inventory is readable by every analyst): only its size, a digest that
 * tells whether it changed, and the names of the secret patterns found in it.
 */
export interface UserDataSummary {
  sizeBytes: number;
  sha256: string;
  /** Names of secret patterns that matched, e.g. `aws-access-key-id`, `private-key`; empty when none did. */
  secretIndicators: string[];
}
