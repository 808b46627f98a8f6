// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { readC360 } from './read-c360';

afterEach(() => {
  document.body.innerHTML = '';
});

function page(sfdcValue: string) {
  document.body.innerHTML = `<h1>Meridian Dental Group</h1><dl><dt>ARR</dt><dd>$2,900</dd><dt>SFDC Account ID</dt><dd>${sfdcValue}</dd></dl>`;
  return readC360(document, { id: '1P02X', url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02X', labels: DEFAULT_SETTINGS.gainsight.labels, dateOrder: 'MDY' });
}

describe('the Salesforce Account id on Customer360', () => {
  it('is read by its label, for the link to the account in Salesforce', () => {
    expect(page('0015g00000AbCdEFGH').account?.salesforceAccountId).toBe('0015g00000AbCdEFGH');
  });

  it('is left out when the attribute is empty or not an Account id', () => {
    expect(page('—').account).not.toHaveProperty('salesforceAccountId');
    expect(page('0035g00000AbCdEFGH').account).not.toHaveProperty('salesforceAccountId');
  });
});
