import { cisAws300 } from './cis-aws-3.0.0';
import { cisAws500 } from './cis-aws-5.0.0';
import type { Framework, FrameworkControl, FrameworkId } from './types';

export const frameworks: Readonly<Record<FrameworkId, Framework>> = {
  'cis-aws-3.0.0': cisAws300,
  'cis-aws-5.0.0': cisAws500,
};

// Indexed once: metadata validation looks controls up for every check at import time.
const byFramework = new Map<FrameworkId, ReadonlyMap<string, FrameworkControl>>(
  Object.values(frameworks).map((fw) => [fw.id, new Map(fw.controls.map((c) => [c.id, c]))]),
);

export function findControl(framework: FrameworkId, controlId: string): FrameworkControl | undefined {
  return byFramework.get(framework)?.get(controlId);
}
