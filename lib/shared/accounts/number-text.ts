/**
 * Numbers as tenants write them: "$125,000", "120.000 €", "7,5 %", "1'250", "1.2M". Which mark is the
 * decimal one follows from the text alone when it can (both marks present, a group that is not three
 * digits long, several groups); when it cannot ("1.234" is 1234 in Germany and 1.234 in the US) the text
 * is unreadable, never guessed.
 */

const CURRENCY = /[$€£¥₹\s]|usd|eur|gbp/gi;
/** Swiss and some Indian tenants group thousands with an apostrophe. */
const APOSTROPHES = /['’]/g;
const SHAPE = /^(-?)(\d[\d.,]*)([kKmM]?)$/;
const SCALE: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6 };

/** A comma or dot followed by exactly three digits, once: the one reading the text leaves open. */
const ONE_GROUP_OF_THREE = /^\d{1,3}[.,]\d{3}$/;

export type NumberText = { value: number } | { ambiguous: true } | null;

/** The digits with `group` marks between whole groups of three, and at most one `decimal` mark after them. */
function withMarks(digits: string, group: string, decimal: string): number | null {
  const [whole = '', fraction, extra] = digits.split(decimal);
  if (extra !== undefined || fraction === '' || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  const groups = whole.split(group);
  if (groups.length > 1 && !(/^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g)))) return null;
  if (!groups.every((g) => /^\d+$/.test(g))) return null;
  return Number(`${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`);
}

/** The number a text shows; `ambiguous` when its one mark could be either; null when it is no number. */
export function numberText(text: string): NumberText {
  const match = SHAPE.exec(text.replace(CURRENCY, '').replace(APOSTROPHES, ''));
  if (!match) return null;
  const [, sign, digits = '', suffix = ''] = match;
  const comma = digits.lastIndexOf(',');
  const dot = digits.lastIndexOf('.');
  let value: number | null;
  if (comma >= 0 && dot >= 0) {
    // Both marks: the last one is the decimal mark.
    value = comma > dot ? withMarks(digits, '.', ',') : withMarks(digits, ',', '.');
  } else if (comma < 0 && dot < 0) {
    value = Number(digits);
  } else if (ONE_GROUP_OF_THREE.test(digits)) {
    // "125,000" is how US tenants, and GitLab's own, write money; "120.000" is not: it stays open.
    if (dot >= 0) return { ambiguous: true };
    value = withMarks(digits, ',', '.');
  } else {
    const mark = comma >= 0 ? ',' : '.';
    const twice = digits.indexOf(mark) !== digits.lastIndexOf(mark);
    // Several of one mark can only group ("1.250.000"); one mark not before three digits is decimal ("7,5").
    value = twice ? withMarks(digits, mark, mark === ',' ? '.' : ',') : withMarks(digits, mark === ',' ? '.' : ',', mark);
  }
  if (value === null || !Number.isFinite(value)) return null;
  return { value: (sign ? -value : value) * (SCALE[suffix] ?? 1) };
}
