/**
 * Just enough of CloudWatch Logs' filter pattern language for JSON log events to tell what a metric filter on a
 * CloudTrail log group matches: `{ $.a.b = "x" && ($.c != y || $.d NOT EXISTS) }` with `=`, `!=`, numeric
 * comparisons, `IS NULL`, `IS TRUE/FALSE`, `NOT EXISTS`, `*` wildcards, quoted or bare values, `&&` binding
 * tighter than `||`, and parentheses. Whitespace and the order of terms do not matter: the pattern is parsed and
 * then run against sample events, the way CloudWatch would run it against real ones. A pattern outside this
 * subset (text patterns, regular expressions) does not parse, and a filter we cannot read counts for nothing.
 */

type Comparison =
  | { op: '=' | '!='; path: string[]; value: string }
  | { op: '<' | '<=' | '>' | '>='; path: string[]; value: number }
  | { op: 'is-null' | 'not-exists' | 'is-true' | 'is-false'; path: string[] };

export type PatternNode = { and: PatternNode[] } | { or: PatternNode[] } | Comparison;

type Token = { kind: 'punct'; text: string } | { kind: 'selector'; path: string[] } | { kind: 'string'; text: string } | { kind: 'word'; text: string };

const PUNCT = ['&&', '||', '!=', '<=', '>=', '{', '}', '(', ')', '=', '<', '>'];

function selectorPath(text: string): string[] {
  // $.userIdentity.type, $.resources[0].ARN -> ['userIdentity', 'type'], ['resources', '0', 'ARN']
  return text.slice(1).replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const punct = PUNCT.find((p) => pattern.startsWith(p, i));
    if (punct) {
      tokens.push({ kind: 'punct', text: punct });
      i += punct.length;
    } else if (ch === '"') {
      let text = '';
      for (i++; i < pattern.length && pattern[i] !== '"'; i++) text += pattern[i] === '\\' ? (pattern[++i] ?? '') : pattern[i];
      if (i >= pattern.length) throw new SyntaxError('unterminated string');
      i++;
      tokens.push({ kind: 'string', text });
    } else {
      const match = /^[^\s(){}=!<>&|"]+/.exec(pattern.slice(i));
      if (!match) throw new SyntaxError(`unexpected "${ch}" at ${i}`);
      const text = match[0];
      tokens.push(text.startsWith('$') ? { kind: 'selector', path: selectorPath(text) } : { kind: 'word', text });
      i += text.length;
    }
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): PatternNode {
    this.expect('{');
    const node = this.or();
    this.expect('}');
    if (this.at !== this.tokens.length) throw new SyntaxError('text after the closing brace');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isPunct(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'punct' && t.text === text;
  }

  private expect(text: string): void {
    if (!this.isPunct(text)) throw new SyntaxError(`expected "${text}"`);
    this.at++;
  }

  private word(...allowed: string[]): string {
    const t = this.tokens[this.at++];
    if (t?.kind !== 'word' || !allowed.includes(t.text.toUpperCase())) throw new SyntaxError(`expected ${allowed.join(' or ')}`);
    return t.text.toUpperCase();
  }

  private or(): PatternNode {
    return this.joined('||', () => this.and(), (terms) => ({ or: terms }));
  }

  private and(): PatternNode {
    return this.joined('&&', () => this.unary(), (terms) => ({ and: terms }));
  }

  /** `term (op term)*`, one node when there is a single term. */
  private joined(op: string, term: () => PatternNode, make: (terms: PatternNode[]) => PatternNode): PatternNode {
    const terms = [term()];
    while (this.isPunct(op)) {
      this.at++;
      terms.push(term());
    }
    return terms.length === 1 ? (terms[0] as PatternNode) : make(terms);
  }

  private unary(): PatternNode {
    if (this.isPunct('(')) {
      this.at++;
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    const selector = this.tokens[this.at++];
    if (selector?.kind !== 'selector') throw new SyntaxError('expected a $. selector');
    const path = selector.path;
    const next = this.peek();
    if (next?.kind === 'word') {
      const keyword = this.word('IS', 'NOT');
      if (keyword === 'NOT') {
        this.word('EXISTS');
        return { op: 'not-exists', path };
      }
      const what = this.word('NULL', 'TRUE', 'FALSE');
      return { op: what === 'NULL' ? 'is-null' : what === 'TRUE' ? 'is-true' : 'is-false', path };
    }
    if (next?.kind !== 'punct' || !['=', '!=', '<', '<=', '>', '>='].includes(next.text)) throw new SyntaxError('expected a comparison');
    this.at++;
    const value = this.tokens[this.at++];
    if (value?.kind !== 'string' && value?.kind !== 'word') throw new SyntaxError('expected a value');
    if (next.text === '=' || next.text === '!=') return { op: next.text, path, value: value.text };
    const number = Number(value.text);
    if (!Number.isFinite(number)) throw new SyntaxError('expected a number');
    return { op: next.text as '<' | '<=' | '>' | '>=', path, value: number };
  }
}

/** Parses a JSON filter pattern; throws SyntaxError for anything outside the subset described above. */
export function parseFilterPattern(pattern: string): PatternNode {
  return new Parser(tokenize(pattern)).parse();
}

function lookup(event: unknown, path: readonly string[]): unknown {
  let at = event;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** `*` matches any run of characters, as in CloudWatch string values; everything else is literal. */
function globMatches(glob: string, text: string): boolean {
  const escaped = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 's').test(text);
}

function holds(c: Comparison, event: unknown): boolean {
  const value = lookup(event, c.path);
  switch (c.op) {
    case 'not-exists':
      return value === undefined;
    case 'is-null':
      return value === null;
    case 'is-true':
      return value === true;
    case 'is-false':
      return value === false;
    case '=':
    case '!=': {
      // A missing field matches neither = nor !=: there is nothing to compare.
      if (value === undefined || value === null || typeof value === 'object') return false;
      return globMatches(c.value, String(value)) === (c.op === '=');
    }
    default: {
      if (typeof value !== 'number') return false;
      return c.op === '<' ? value < c.value : c.op === '<=' ? value <= c.value : c.op === '>' ? value > c.value : value >= c.value;
    }
  }
}

/** Whether a parsed pattern matches one JSON log event. */
export function patternMatches(node: PatternNode, event: unknown): boolean {
  if ('and' in node) return node.and.every((n) => patternMatches(n, event));
  if ('or' in node) return node.or.some((n) => patternMatches(n, event));
  return holds(node, event);
}
