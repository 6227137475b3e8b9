/** A port setting entry: `3306` or a range `1433-1434`; anything else is rejected so a typo is not ignored. */
export interface PortRange {
  from: number;
  to: number;
}

// A run resolves each check's settings once (lists frozen), so every resource of the run passes the same list:
// parsed once per list, not once per security group (the parse was 4% of a large estate's evaluation).
const parsed = new WeakMap<readonly string[], readonly PortRange[]>();

export function parsePortList(entries: readonly string[]): readonly PortRange[] {
  let ranges = parsed.get(entries);
  if (ranges === undefined) {
    ranges = Object.freeze(entries.map(parseEntry));
    parsed.set(entries, ranges);
  }
  return ranges;
}

function parseEntry(entry: string): PortRange {
  const match = /^\s*(\d{1,5})(?:\s*-\s*(\d{1,5}))?\s*$/.exec(entry);
  if (match === null) throw new Error(`"${entry}" is not a port or a port range`);
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from > to || to > 65535) throw new Error(`"${entry}" is not a valid port range`);
  return Object.freeze({ from, to });
}
