/**
 * A SOQL subset parser: enough for what a client of this org sends, with Salesforce's error positions.
 *   SELECT (COUNT() | f1, f2, Rel.Field, (SELECT f FROM ChildRelationship [WHERE …] [ORDER BY …] [LIMIT n])) FROM Object
 *   [WHERE cond {AND|OR} … with ( ) and NOT; =, !=, <>, <, >, <=, >=, LIKE, [NOT] IN (…), INCLUDES (…), EXCLUDES (…)]
 *   [ORDER BY f [ASC|DESC] [NULLS FIRST|LAST], …] [LIMIT n] [OFFSET n]
 * Mixing AND and OR without parentheses is rejected, as Salesforce does.
 */

export type Literal = string | number | boolean | null;

interface Token {
  kind: 'ident' | 'string' | 'number' | 'date' | 'punct' | 'op' | 'eof';
  text: string;
  value: Literal;
  /** Offset into the query text, for Salesforce-style "ERROR at Row:1:Column:8" messages. */
  pos: number;
}

export interface FieldRef {
  path: string[];
  text: string;
  pos: number;
}

export type CompareOp = '=' | '!=' | '<' | '>' | '<=' | '>=' | 'LIKE';
export type SetOp = 'IN' | 'NOT IN' | 'INCLUDES' | 'EXCLUDES';

export type Where =
  | { kind: 'and' | 'or'; items: Where[] }
  | { kind: 'not'; item: Where }
  | { kind: 'compare'; field: FieldRef; op: CompareOp; value: Literal }
  | { kind: 'set'; field: FieldRef; op: SetOp; values: Literal[] };

export interface OrderItem {
  field: FieldRef;
  descending: boolean;
  nullsLast: boolean;
}

/** A child relationship subquery in the select list: `(SELECT Id FROM Contacts WHERE … ORDER BY … LIMIT n)`. */
export interface SoqlSubquery {
  relationship: { name: string; pos: number };
  fields: FieldRef[];
  where: Where | null;
  orderBy: OrderItem[];
  limit: number | null;
}

export interface SoqlQuery {
  text: string;
  countOnly: boolean;
  fields: FieldRef[];
  subqueries: SoqlSubquery[];
  object: { name: string; pos: number };
  where: Where | null;
  orderBy: OrderItem[];
  limit: number | null;
  offset: number;
}

export class SoqlError extends Error {
  constructor(
    readonly errorCode: 'MALFORMED_QUERY' | 'INVALID_FIELD' | 'INVALID_TYPE',
    message: string,
  ) {
    super(message);
  }
}

/** Salesforce's layout: the query line, a caret under the column, the row/column, then the reason. */
export function positionedMessage(query: string, pos: number, reason: string): string {
  const before = query.slice(0, pos);
  const row = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = query.indexOf('\n', pos) === -1 ? query.length : query.indexOf('\n', pos);
  const column = pos - lineStart + 1;
  return `\n${query.slice(lineStart, lineEnd)}\n${' '.repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${reason}`;
}

const KEYWORDS = new Set([
  'SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'IN', 'LIKE', 'INCLUDES', 'EXCLUDES', 'ORDER', 'BY', 'ASC',
  'DESC', 'NULLS', 'FIRST', 'LAST', 'LIMIT', 'OFFSET', 'TRUE', 'FALSE', 'NULL', 'COUNT',
]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (pos: number, what: string): never => {
    throw new SoqlError('MALFORMED_QUERY', positionedMessage(text, pos, `unexpected token: ${what}`));
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) fail(start, "'");
        const ch = text.charAt(i);
        if (ch === '\\') {
          const next = text.charAt(i + 1);
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
        } else if (ch === "'") {
          i++;
          break;
        } else {
          value += ch;
          i++;
        }
      }
      tokens.push({ kind: 'string', text: text.slice(start, i), value, pos: start });
      continue;
    }
    const date = /^\d{4}-\d{2}-\d{2}(?![\w:])/.exec(text.slice(i));
    if (date) {
      i += date[0].length;
      tokens.push({ kind: 'date', text: date[0], value: date[0], pos: start });
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(text.slice(i));
    if (num) {
      i += num[0].length;
      tokens.push({ kind: 'number', text: num[0], value: Number(num[0]), pos: start });
      continue;
    }
    const ident = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*/.exec(text.slice(i));
    if (ident) {
      i += ident[0].length;
      tokens.push({ kind: 'ident', text: ident[0], value: ident[0], pos: start });
      continue;
    }
    const op = /^(!=|<>|<=|>=|=|<|>)/.exec(text.slice(i));
    if (op) {
      i += op[0].length;
      tokens.push({ kind: 'op', text: op[0] === '<>' ? '!=' : op[0], value: null, pos: start });
      continue;
    }
    if ('(),'.includes(c)) {
      i++;
      tokens.push({ kind: 'punct', text: c, value: null, pos: start });
      continue;
    }
    fail(start, c);
  }
  tokens.push({ kind: 'eof', text: '<EOF>', value: null, pos: text.length });
  return tokens;
}

class Parser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  private peek(): Token {
    return this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  private isKeyword(t: Token, word: string): boolean {
    return t.kind === 'ident' && t.text.toUpperCase() === word;
  }

  private acceptKeyword(word: string): boolean {
    if (this.isKeyword(this.peek(), word)) {
      this.i++;
      return true;
    }
    return false;
  }

  private fail(t: Token): never {
    throw new SoqlError('MALFORMED_QUERY', positionedMessage(this.text, t.pos, `unexpected token: ${t.text}`));
  }

  private expectKeyword(word: string): void {
    if (!this.acceptKeyword(word)) this.fail(this.peek());
  }

  private expectPunct(p: string): void {
    const t = this.next();
    if (t.kind !== 'punct' || t.text !== p) this.fail(t);
  }

  private field(): FieldRef {
    const t = this.next();
    if (t.kind !== 'ident' || KEYWORDS.has(t.text.toUpperCase())) this.fail(t);
    return { path: t.text.split('.'), text: t.text, pos: t.pos };
  }

  private literal(): Literal {
    const t = this.next();
    if (t.kind === 'string' || t.kind === 'number' || t.kind === 'date') return t.value;
    if (this.isKeyword(t, 'TRUE')) return true;
    if (this.isKeyword(t, 'FALSE')) return false;
    if (this.isKeyword(t, 'NULL')) return null;
    return this.fail(t);
  }

  private literalList(): Literal[] {
    this.expectPunct('(');
    const values = [this.literal()];
    while (this.peek().kind === 'punct' && this.peek().text === ',') {
      this.next();
      values.push(this.literal());
    }
    this.expectPunct(')');
    return values;
  }

  parse(): SoqlQuery {
    this.expectKeyword('SELECT');
    let countOnly = false;
    const fields: FieldRef[] = [];
    const subqueries: SoqlSubquery[] = [];
    if (this.isKeyword(this.peek(), 'COUNT') && this.tokens[this.i + 1]?.text === '(') {
      this.next();
      this.expectPunct('(');
      this.expectPunct(')');
      countOnly = true;
    } else {
      do {
        if (fields.length + subqueries.length > 0) this.next();
        if (this.isPunct(this.peek(), '(')) subqueries.push(this.subquery());
        else fields.push(this.field());
      } while (this.isPunct(this.peek(), ','));
    }
    this.expectKeyword('FROM');
    const objectToken = this.next();
    if (objectToken.kind !== 'ident' || objectToken.text.includes('.')) this.fail(objectToken);
    const where = this.acceptKeyword('WHERE') ? this.whereExpr() : null;
    const orderBy = this.orderBy();
    const limit = this.acceptKeyword('LIMIT') ? this.count() : null;
    const offset = this.acceptKeyword('OFFSET') ? this.count() : 0;
    if (this.peek().kind !== 'eof') this.fail(this.peek());
    return {
      text: this.text,
      countOnly,
      fields,
      subqueries,
      object: { name: objectToken.text, pos: objectToken.pos },
      where,
      orderBy,
      limit,
      offset,
    };
  }

  private isPunct(t: Token, p: string): boolean {
    return t.kind === 'punct' && t.text === p;
  }

  /** `(SELECT f, … FROM Relationship [WHERE …] [ORDER BY …] [LIMIT n])`; subqueries do not nest. */
  private subquery(): SoqlSubquery {
    this.expectPunct('(');
    this.expectKeyword('SELECT');
    const fields = [this.field()];
    while (this.isPunct(this.peek(), ',')) {
      this.next();
      fields.push(this.field());
    }
    this.expectKeyword('FROM');
    const rel = this.next();
    if (rel.kind !== 'ident' || rel.text.includes('.') || KEYWORDS.has(rel.text.toUpperCase())) this.fail(rel);
    const where = this.acceptKeyword('WHERE') ? this.whereExpr() : null;
    const orderBy = this.orderBy();
    const limit = this.acceptKeyword('LIMIT') ? this.count() : null;
    this.expectPunct(')');
    return { relationship: { name: rel.text, pos: rel.pos }, fields, where, orderBy, limit };
  }

  private orderBy(): OrderItem[] {
    const orderBy: OrderItem[] = [];
    if (!this.acceptKeyword('ORDER')) return orderBy;
    this.expectKeyword('BY');
    do {
      if (orderBy.length > 0) this.next();
      const field = this.field();
      const descending = this.acceptKeyword('DESC');
      if (!descending) this.acceptKeyword('ASC');
      let nullsLast = descending;
      if (this.acceptKeyword('NULLS')) {
        if (this.acceptKeyword('LAST')) nullsLast = true;
        else {
          this.expectKeyword('FIRST');
          nullsLast = false;
        }
      }
      orderBy.push({ field, descending, nullsLast });
    } while (this.isPunct(this.peek(), ','));
    return orderBy;
  }

  private count(): number {
    const t = this.next();
    if (t.kind !== 'number' || !Number.isInteger(t.value) || Number(t.value) < 0) this.fail(t);
    return Number(t.value);
  }

  /** term {AND term} | term {OR term}: one connective per level, as Salesforce requires. */
  private whereExpr(): Where {
    const first = this.whereTerm();
    const items = [first];
    let connective: 'and' | 'or' | null = null;
    for (;;) {
      const t = this.peek();
      const word = this.isKeyword(t, 'AND') ? 'and' : this.isKeyword(t, 'OR') ? 'or' : null;
      if (!word) break;
      if (connective && connective !== word) this.fail(t);
      connective = word;
      this.next();
      items.push(this.whereTerm());
    }
    return connective ? { kind: connective, items } : first;
  }

  private whereTerm(): Where {
    const t = this.peek();
    if (t.kind === 'punct' && t.text === '(') {
      this.next();
      const inner = this.whereExpr();
      this.expectPunct(')');
      return inner;
    }
    if (this.acceptKeyword('NOT')) return { kind: 'not', item: this.whereTerm() };
    const field = this.field();
    const opToken = this.next();
    if (opToken.kind === 'op') return { kind: 'compare', field, op: opToken.text as CompareOp, value: this.literal() };
    if (this.isKeyword(opToken, 'LIKE')) return { kind: 'compare', field, op: 'LIKE', value: this.literal() };
    if (this.isKeyword(opToken, 'IN')) return { kind: 'set', field, op: 'IN', values: this.literalList() };
    if (this.isKeyword(opToken, 'NOT')) {
      this.expectKeyword('IN');
      return { kind: 'set', field, op: 'NOT IN', values: this.literalList() };
    }
    if (this.isKeyword(opToken, 'INCLUDES')) return { kind: 'set', field, op: 'INCLUDES', values: this.literalList() };
    if (this.isKeyword(opToken, 'EXCLUDES')) return { kind: 'set', field, op: 'EXCLUDES', values: this.literalList() };
    return this.fail(opToken);
  }
}

export function parseSoql(text: string): SoqlQuery {
  return new Parser(text, tokenize(text)).parse();
}
