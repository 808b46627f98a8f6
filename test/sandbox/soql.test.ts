import { describe, expect, it } from 'vitest';
import { salesforceId18 } from './ids';
import { runQuery } from './salesforce/query';
import { parseSoql, SoqlError } from './salesforce/soql';
import { applyControl } from './control';
import { createState } from './state';

const state = () => createState({ today: '2026-11-23', dataDelayMs: 0, lightningDelayMs: 0, salesforcePageSize: 2000 });
const names = (soql: string) => runQuery(state(), soql, '66.0').records.map((r) => r.Name);

function errorOf(soql: string): SoqlError {
  try {
    runQuery(state(), soql, '66.0');
  } catch (e) {
    if (e instanceof SoqlError) return e;
    throw e;
  }
  throw new Error(`no error for ${soql}`);
}

describe('SOQL subset', () => {
  it('parses fields, relationship paths, conditions, ordering and limits case-insensitively', () => {
    const q = parseSoql("select Id, Account.Name from contact where (Email like '%@vertexsemi.example' or Name = 'x') and not Sold_To__c = true order by Name desc nulls last limit 5 offset 1");
    expect(q.fields.map((f) => f.text)).toEqual(['Id', 'Account.Name']);
    expect(q.where?.kind).toBe('and');
    expect(q.orderBy).toEqual([expect.objectContaining({ descending: true, nullsLast: true })]);
    expect([q.limit, q.offset]).toEqual([5, 1]);
  });

  it('filters with LIKE, NOT IN, EXCLUDES, date comparisons and parentheses', () => {
    expect(names("SELECT Name FROM Contact WHERE Email LIKE '%@vertexsemi.example' AND Name NOT IN ('Samir Patel') ORDER BY Name")).toEqual(['Kenji Mori', 'Ruth Alvarez']);
    expect(names("SELECT Name FROM Contact WHERE Email LIKE '%@vertexsemi.example' AND Role__c EXCLUDES ('Billing Contact') ORDER BY Name")).toEqual(['Kenji Mori', 'Samir Patel']);
    expect(names("SELECT Name FROM Opportunity WHERE CloseDate > 2026-11-23 AND (StageName = '4-Proposal' OR StageName = '2-Scoping') ORDER BY CloseDate")).toEqual([
      'Meridian Dental - Clinics Expansion',
      'Orchid Financial - Renewal',
    ]);
    expect(names("SELECT Name FROM Account WHERE CSM__r.Name = 'Jordan Kim' ORDER BY Name LIMIT 2")).toEqual(['Fjord Maritime AS', 'Helix Biotech']);
  });

  it('compares multi-select with = as a whole set, order-insensitively', () => {
    expect(names("SELECT Name FROM Contact WHERE Role__c = 'Billing Contact;GitLab Admin'")).toEqual(['Ruth Alvarez']);
  });

  it('reports positions on the line and column of the offending token', () => {
    const e = errorOf('SELECT Id,\n  Nope__c\nFROM Contact');
    expect(e.errorCode).toBe('INVALID_FIELD');
    expect(e.message.startsWith('\n  Nope__c\n  ^\nERROR at Row:2:Column:3\nNo such column')).toBe(true);
    expect(errorOf("SELECT Id FROM Contact WHERE Name = 'unterminated").errorCode).toBe('MALFORMED_QUERY');
    expect(errorOf('SELECT Id FROM Contact LIMIT').message).toContain('unexpected token: <EOF>');
  });

  it('follows the role field rename switch', () => {
    const s = state();
    expect(applyControl(s, { roleFieldName: 'GitLab_Role__c' }).ok).toBe(true);
    const [row] = runQuery(s, "SELECT GitLab_Role__c FROM Contact WHERE Name = 'Ruth Alvarez'", '66.0').records;
    expect(row?.GitLab_Role__c).toBe('GitLab Admin;Billing Contact');
    expect(() => runQuery(s, 'SELECT Role__c FROM Contact', '66.0')).toThrow(SoqlError);
    expect(applyControl(s, { roleFieldName: 'Role' }).ok).toBe(false);
  });
});

describe('Salesforce ids', () => {
  it('adds the case-checksum suffix of 18-character ids', () => {
    expect(salesforceId18('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    expect(salesforceId18('0035g00000abcde')).toBe('0035g00000abcdeAAA');
  });
});
