/**
 * Reasons already phrased, kept so that every account failing a check the same way shares one list: a
 * book of business repeats a few values (an empty date, a segment, a plan) thousands of times.
 */

/** A reason alone as the list an entry holds ([reason]), shared by every account that fails the same way. */
export type Reason = readonly string[];

export type ReasonKey = string | number | boolean | null;

/** Keeps a memo from growing without bound on data with many distinct values. */
export const MEMO_LIMIT = 4096;

/** One check's reasons by the value it failed on. The empty value, the most common, has a slot of its own. */
export class ReasonMemo {
  private empty: Reason | undefined = undefined;
  private readonly byValue = new Map<ReasonKey, Reason>();

  get(key: ReasonKey): Reason | undefined {
    return key === null ? this.empty : this.byValue.get(key);
  }

  add(key: ReasonKey, reason: string): Reason {
    const list = Object.freeze([reason]);
    if (key === null) {
      this.empty = list;
    } else {
      if (this.byValue.size >= MEMO_LIMIT) this.byValue.clear();
      this.byValue.set(key, list);
    }
    return list;
  }
}
