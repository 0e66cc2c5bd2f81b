// Constant expressions in assembly operands: numbers (decimal, 0x hex, 0b binary, floats),
// `.equ` names, parentheses, unary - + ~, and * / % + - << >> & ^ |.

/** A problem inside an expression; `col` is the 0-based column within the expression text. */
export class ExprError extends Error {
  constructor(
    message: string,
    readonly col: number,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ExprError';
  }
}

/** 'int' evaluates integer expressions (/ truncates, results must be integers); 'float' allows fractions. */
export type ExprMode = 'int' | 'float';

interface Token {
  kind: 'num' | 'name' | 'op';
  text: string;
  col: number;
  value?: number;
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_.]*/;
const NUM_RE = /^(0[xX][0-9a-fA-F_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?)/;
const OPS = ['<<', '>>', '+', '-', '*', '/', '%', '&', '|', '^', '~', '(', ')'];

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    const rest = text.slice(i);
    const num = NUM_RE.exec(rest);
    if (num && /[\d.]/.test(ch) && num[0] !== '.') {
      const raw = num[0].replace(/_/g, '');
      let value: number;
      if (/^0[xX]/.test(raw)) value = parseInt(raw.slice(2), 16);
      else if (/^0[bB]/.test(raw)) value = parseInt(raw.slice(2), 2);
      else value = Number(raw);
      if (!Number.isFinite(value)) throw new ExprError(`bad number '${num[0]}'`, i);
      const after = rest[num[0].length];
      if (after !== undefined && /[A-Za-z0-9_]/.test(after)) {
        throw new ExprError(`bad number '${rest.match(/^[\w.]+/)![0]}'`, i, 'numbers are decimal, 0x hex or 0b binary');
      }
      out.push({ kind: 'num', text: num[0], col: i, value });
      i += num[0].length;
      continue;
    }
    const name = NAME_RE.exec(rest);
    if (name) {
      out.push({ kind: 'name', text: name[0], col: i });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => rest.startsWith(o));
    if (op) {
      out.push({ kind: 'op', text: op, col: i });
      i += op.length;
      continue;
    }
    throw new ExprError(`unexpected character '${ch}'`, i);
  }
  return out;
}

const BINARY: Record<string, number> = { '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

/** Evaluates an expression; `lookup` resolves names (return undefined for unknown names). */
export function evaluate(text: string, mode: ExprMode, lookup: (name: string) => number | undefined): number {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new ExprError('missing value', 0);
  let pos = 0;
  const peek = () => tokens[pos];

  const checkInt = (v: number, col: number, what: string): number => {
    if (mode === 'int' && !Number.isInteger(v)) throw new ExprError(`${what} is not an integer (${v})`, col);
    return v;
  };

  const primary = (): number => {
    const t = tokens[pos++];
    if (!t) throw new ExprError('expression ends too early', text.length);
    if (t.kind === 'num') return checkInt(t.value!, t.col, `'${t.text}'`);
    if (t.kind === 'name') {
      if (t.text === 'bits' && peek()?.text === '(') {
        throw new ExprError('bits(...) is only allowed as a whole float register value', t.col);
      }
      const v = lookup(t.text);
      if (v === undefined) throw new ExprError(`unknown name '${t.text}'`, t.col, 'define it first with `.equ NAME, VALUE`');
      return v;
    }
    if (t.text === '(') {
      const v = binary(0);
      const close = tokens[pos++];
      if (close?.text !== ')') throw new ExprError("missing ')'", close?.col ?? text.length);
      return v;
    }
    if (t.text === '-') return -primary();
    if (t.text === '+') return primary();
    if (t.text === '~') {
      const v = primary();
      if (!Number.isInteger(v)) throw new ExprError('~ needs an integer', t.col);
      return -v - 1;
    }
    throw new ExprError(`unexpected '${t.text}'`, t.col);
  };

  const apply = (op: string, a: number, b: number, col: number): number => {
    const intsOnly = () => {
      if (!Number.isInteger(a) || !Number.isInteger(b)) throw new ExprError(`'${op}' needs integers`, col);
    };
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0) throw new ExprError('division by zero', col);
        return mode === 'int' ? Math.trunc(a / b) : a / b;
      case '%':
        intsOnly();
        if (b === 0) throw new ExprError('division by zero', col);
        return a % b;
      case '<<':
        intsOnly();
        return a * 2 ** b;
      case '>>':
        intsOnly();
        return Math.floor(a / 2 ** b);
      case '&':
      case '|':
      case '^': {
        intsOnly();
        const big = (x: number) => BigInt(x);
        const r = op === '&' ? big(a) & big(b) : op === '|' ? big(a) | big(b) : big(a) ^ big(b);
        return Number(r);
      }
    }
    throw new ExprError(`unknown operator '${op}'`, col);
  };

  const binary = (minPrec: number): number => {
    let left = primary();
    for (;;) {
      const t = peek();
      if (!t || t.kind !== 'op' || !(t.text in BINARY) || BINARY[t.text]! < minPrec) break;
      const prec = BINARY[t.text]!;
      pos++;
      const right = binary(prec + 1);
      left = apply(t.text, left, right, t.col);
    }
    return left;
  };

  const v = binary(0);
  if (pos < tokens.length) throw new ExprError(`unexpected '${tokens[pos]!.text}'`, tokens[pos]!.col);
  return v;
}
