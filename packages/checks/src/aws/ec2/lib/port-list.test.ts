import { describe, expect, it } from 'vitest';
import { parsePortList } from './port-list';

describe('parsePortList', () => {
  it('reads single ports and ranges, with spaces around', () => {
    expect(parsePortList(['22', ' 1433 - 1434 ', '3389'])).toEqual([
      { from: 22, to: 22 },
      { from: 1433, to: 1434 },
      { from: 3389, to: 3389 },
    ]);
  });

  it('rejects what is not a port or a valid range, naming the entry', () => {
    expect(() => parsePortList(['ssh'])).toThrow('"ssh" is not a port or a port range');
    expect(() => parsePortList(['90-80'])).toThrow('"90-80" is not a valid port range');
    expect(() => parsePortList(['65536'])).toThrow('"65536" is not a valid port range');
  });

  it('parses a list once: the same list gives the same ranges, another list its own', () => {
    const list = Object.freeze(['22', '3389']);
    expect(parsePortList(list)).toBe(parsePortList(list));
    expect(parsePortList(Object.freeze(['443']))).toEqual([{ from: 443, to: 443 }]);
  });
});
