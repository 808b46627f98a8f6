import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { bookSoql, ownerClause, segmentValues, soqlString } from './query';

const ME = '005000000000001AAA';
const parts = {
  userId: ME,
  who: 'csm-or-owner' as const,
  csmField: 'CSM__c',
  segment: null,
  accountFields: ['Id', 'Name', 'OwnerId', 'Segment__c', 'CSM__r.Name'],
  contactFields: ['Id', 'Name', 'Email', 'Role__c'],
  opportunityFields: ['Id', 'Name', 'Type', 'CloseDate'],
};

describe('the book query', () => {
  it('is one Account query with Contacts and Opportunities as child subqueries, for CSM or Owner = me', () => {
    expect(bookSoql(parts)).toBe(
      `SELECT Id, Name, OwnerId, Segment__c, CSM__r.Name, (SELECT Id, Name, Email, Role__c FROM Contacts ORDER BY Name), (SELECT Id, Name, Type, CloseDate FROM Opportunities ORDER BY CloseDate DESC) FROM Account WHERE (CSM__c = '${ME}' OR OwnerId = '${ME}') ORDER BY Name`,
    );
  });

  it('follows the ownership setting, and has no CSM clause without a CSM lookup', () => {
    expect(ownerClause('csm', ME, 'CSM__c')).toBe(`CSM__c = '${ME}'`);
    expect(ownerClause('owner', ME, 'CSM__c')).toBe(`OwnerId = '${ME}'`);
    expect(ownerClause('csm-or-owner', ME, null)).toBe(`OwnerId = '${ME}'`);
    expect(ownerClause('csm', ME, null)).toBeNull();
    expect(() => ownerClause('owner', "005' OR Name != '", null)).toThrow('Not a user id');
  });

  it('filters by segment with every spelling mapped to the chosen segments, quoted so no value ends its literal', () => {
    const settings = { ...DEFAULT_SETTINGS, book: { ...DEFAULT_SETTINGS.book, segments: { techTouch: true, scale: false, csmAssigned: false } } };
    expect(segmentValues(DEFAULT_SETTINGS)).toBeNull();
    expect(segmentValues(settings)).toEqual(['Tech Touch', 'Digital', 'Digital SMB', 'Tech touch', 'SMB']);
    expect(soqlString("O'Brien \\ Co")).toBe("'O\\'Brien \\\\ Co'");
    const soql = bookSoql({ ...parts, segment: { field: 'Segment__c', values: ["Tech Touch", "x') OR (Name != '"] } });
    expect(soql).toContain("AND Segment__c IN ('Tech Touch', 'x\\') OR (Name != \\'')");
  });

  it('refuses a field name that is not an API name', () => {
    expect(() => bookSoql({ ...parts, accountFields: ['Id', 'Name FROM User --'] })).toThrow('Not a Salesforce field name');
  });
});
