import { describe, expect, it } from 'vitest';
import { localeDateOrder, pageDateOrder, readField, splitValues, unreadableReason } from './field-values';

describe('reading field text into typed values', () => {
  it.each([
    ['renewalDate', 'Nov 23, 2026', 'MDY', { value: '2026-11-23' }],
    ['renewalDate', '23.11.2026', 'DMY', { value: '2026-11-23' }],
    ['renewalDate', '11/23/2026', 'MDY', { value: '2026-11-23' }],
    ['renewalDate', '—', 'MDY', { value: null }],
    ['renewalDate', 'soon', 'MDY', { unreadable: 'soon' }],
    ['arr', '$125,000', 'MDY', { value: 125000 }],
    ['arr', '1.2M', 'MDY', { value: 1200000 }],
    // As tenants outside the US write numbers: the decimal mark is told by the text, or the text is unreadable.
    ['arr', '$125,000.50', 'MDY', { value: 125000.5 }],
    ['arr', '1.250.000 €', 'DMY', { value: 1250000 }],
    ['arr', '1.250,50 €', 'DMY', { value: 1250.5 }],
    ['arr', "CHF 1'250'000", 'DMY', { unreadable: "CHF 1'250'000" }],
    ['arr', "1'250'000", 'DMY', { value: 1250000 }],
    ['arr', '1,5M', 'DMY', { value: 1500000 }],
    ['arr', '120.000 €', 'DMY', { unreadable: '120.000 €' }],
    ['arr', '12,34,567', 'MDY', { unreadable: '12,34,567' }],
    ['arr', '1.2.3', 'MDY', { unreadable: '1.2.3' }],
    ['licenseUtilization', '7,5 %', 'DMY', { value: 7.5 }],
    ['ciUtilization', '0,75 %', 'DMY', { value: 0.75 }],
    ['ciUtilization', '0,75', 'DMY', { unreadable: '0,75' }],
    ['issuesEpicsCreated', '1.234', 'DMY', { unreadable: '1.234' }],
    ['issuesEpicsCreated', '1,234', 'MDY', { value: 1234 }],
    ['ciUtilization', '18%', 'MDY', { value: 18 }],
    ['licenseUtilization', '140%', 'MDY', { unreadable: '140%' }],
    ['issuesEpicsCreated', '2', 'MDY', { value: 2 }],
    ['ciUtilization', '75 %', 'MDY', { value: 75 }],
    ['ciUtilization', '0.75', 'MDY', { unreadable: '0.75' }],
    ['ciUtilization', '.5', 'MDY', { unreadable: '.5' }],
    ['ciUtilization', '0', 'MDY', { value: 0 }],
    ['ciUtilization', '0.75%', 'MDY', { value: 0.75 }],
    // Segments are kept as the tenant spells them: the engine maps spellings through a setting.
    ['segment', 'Tech Touch', 'MDY', { value: 'Tech Touch' }],
    ['segment', '  Digital   SMB ', 'MDY', { value: 'Digital SMB' }],
    ['segment', 'Enterprise', 'MDY', { value: 'Enterprise' }],
    ['abGroup', 'B', 'MDY', { value: 'B' }],
    ['abGroup', 'Group a', 'MDY', { value: 'A' }],
    ['abGroup', 'C', 'MDY', { unreadable: 'C' }],
    ['plan', 'GitLab Ultimate', 'MDY', { value: 'Ultimate' }],
    ['deployment', 'GitLab.com', 'MDY', { value: 'SaaS' }],
    ['ciScore', 'red', 'MDY', { value: 'Red' }],
    ['activeSubscription', 'No', 'MDY', { value: false }],
    ['controlGroup', 'Yes', 'MDY', { value: true }],
  ] as const)('%s "%s" (%s)', (key, raw, order, expected) => {
    expect(readField(key, raw, order)).toEqual(expected);
  });

  it('says why text could not be read, where the text tells', () => {
    expect(unreadableReason('ciUtilization', '0.75')).toBe('without a % sign it may be a fraction (0.75 = 75%) or a percentage');
    expect(unreadableReason('licenseUtilization', '140%')).toBe('a percentage lies between 0 and 100');
    expect(unreadableReason('arr', '120.000 €')).toBe('its dot may group thousands (120.000 = 120000) or mark decimals (120.000 = 120): the text does not say which');
    expect(unreadableReason('ciUtilization', '7.500 %')).toMatch(/^its dot may group thousands/);
    expect(unreadableReason('renewalDate', '31/31/2026')).toBe('it is no date in the date order set in Options');
    expect(unreadableReason('csm', 'x')).toBeNull();
  });

  it('splits multi-valued roles from both sites', () => {
    expect(splitValues('GitLab Admin, Billing Contact')).toEqual(['GitLab Admin', 'Billing Contact']);
    expect(splitValues('GitLab Admin;Technical Contact')).toEqual(['GitLab Admin', 'Technical Contact']);
    expect(splitValues('—')).toEqual([]);
  });

  it('derives the numeric date order from a locale', () => {
    expect(localeDateOrder('en-US')).toBe('MDY');
    expect(localeDateOrder('de-DE')).toBe('DMY');
    expect(localeDateOrder('sv-SE')).toBe('YMD');
  });

  describe('the date order a page is read with', () => {
    it("is the user's setting whatever the page shows", () => {
      expect(pageDateOrder('MDY', () => 'Renewal Date 23/11/2026', 'en-GB')()).toBe('MDY');
      expect(pageDateOrder('DMY', () => 'Renewal Date 11/23/2026', 'en-US')()).toBe('DMY');
    });

    it("on auto, follows the page's own dates over the browser's language, and that language until they prove one", () => {
      let text = 'Renewal Date 03/04/2027';
      const order = pageDateOrder('auto', () => text, 'en-US');
      expect(order()).toBe('MDY'); // nothing on the page proves an order yet
      text += ' Customer Since 23/11/2025'; // a section arrives late
      expect(order()).toBe('DMY');
      text = 'Renewal Date 11/23/2026'; // once proven, the page's order stays for the rest of its readings
      expect(order()).toBe('DMY');
      expect(pageDateOrder('auto', () => '', 'de-DE')()).toBe('DMY');
    });

    it('on auto, reads a day-first page right in a browser set to US English', () => {
      const page = 'Customer Since 23/11/2025 · Renewal Date 03/04/2027';
      expect(readField('renewalDate', '03/04/2027', pageDateOrder('auto', () => page, 'en-US')())).toEqual({ value: '2027-04-03' });
    });
  });
});
