/** Just enough XML writing for AWS's query and REST answers: escaped text, optional elements, lists. */

export function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `<name>value</name>`, or nothing when the value is absent (AWS omits unset members). */
export function el(name: string, value: string | number | boolean | undefined): string {
  return value === undefined ? '' : `<${name}>${esc(String(value))}</${name}>`;
}

/** `<name>` around already-serialized children. */
export function wrap(name: string, children: string): string {
  return `<${name}>${children}</${name}>`;
}

/** An EC2 list: `<name><item>...</item>...</name>`. */
export function itemSet<T>(name: string, items: readonly T[], item: (x: T) => string): string {
  return wrap(name, items.map((x) => `<item>${item(x)}</item>`).join(''));
}

/** An IAM/STS list: `<name><member>...</member>...</name>`. */
export function memberList<T>(name: string, items: readonly T[], member: (x: T) => string): string {
  return wrap(name, items.map((x) => `<member>${member(x)}</member>`).join(''));
}

export const xmlHeader = '<?xml version="1.0" encoding="UTF-8"?>\n';
