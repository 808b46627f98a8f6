import { describe, expect, it } from 'vitest';
import { isRecordId, toId18 } from './salesforce-ids';

describe('Salesforce record ids', () => {
  it('takes 15- and 18-character ids, and with a prefix only that object', () => {
    expect(isRecordId('001000000000001')).toBe(true);
    expect(isRecordId('001000000000001AAA', '001')).toBe(true);
    expect(isRecordId('003000000000001AAA', '001')).toBe(false);
    expect(isRecordId('005000000000001AAA', '005')).toBe(true);
  });

  it('refuses anything that could carry more than an id into a URL or a query', () => {
    for (const value of ['001000000000001AAA&cid=x', "001000000000001' OR ", '00100000000001', '001000000000001AA', undefined, null, 1]) {
      expect(isRecordId(value)).toBe(false);
    }
  });
});

describe('toId18', () => {
  it("adds Salesforce's case-encoding suffix to a 15-character id and leaves an 18-character one as it is", () => {
    expect(toId18('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    expect(toId18('001D000000IqhSLIAZ')).toBe('001D000000IqhSLIAZ');
    expect(toId18('0015g00000abcde')).toBe('0015g00000abcdeAAA');
  });
});
