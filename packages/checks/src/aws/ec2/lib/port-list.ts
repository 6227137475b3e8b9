/** A port setting entry: `3306` or a range `1433-1434`; anything else is rejected so a typo is not ignored. */
export interface PortRange {
  from: number;
  to: number;
}

export function parsePortList(entries: readonly string[]): PortRange[] {
  return entries.map((entry) => {
    const match = /^\s*(\d{1,5})(?:\s*-\s*(\d{1,5}))?\s*$/.exec(entry);
    if (match === null) throw new Error(`"${entry}" is not a port or a port range`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from > to || to > 65535) throw new Error(`"${entry}" is not a valid port range`);
    return { from, to };
  });
}
