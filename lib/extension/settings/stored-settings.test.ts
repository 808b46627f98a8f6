import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { invalidExcept, loadCheckedSettings, loadCustomDomains, loadSettings, onSettingsChanged, saveSettings } from './stored-settings';

beforeEach(() => fakeBrowser.reset());

const store = (settings: unknown) => fakeBrowser.storage.local.set({ settings });
const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as Record<string, Record<string, unknown>>;

/** As an older or newer version may have left them: one field this version refuses, one key it no longer knows. */
const FROM_ANOTHER_VERSION = {
  sender: { name: 'Casey Morgan', email: 'casey@gitlab.example' },
  salesforce: { roleField: 'Role; DROP', adminValue: 'Admin' },
  gainsight: { dateOrder: 'DMY', customDomains: ['cs.acme.example'] },
  programs: { removedSetting: 0.05, edition: 'earlier' },
  retired: { anything: true },
};

describe('settings read from storage, field by field', () => {
  it('fall back one invalid field alone to its default; every other field the user set stands', async () => {
    await store(FROM_ANOTHER_VERSION);
    const settings = await loadSettings();
    expect(settings.salesforce.roleField).toBe(DEFAULT_SETTINGS.salesforce.roleField);
    expect(settings.salesforce.adminValue).toBe('Admin');
    expect(settings.sender).toMatchObject({ name: 'Casey Morgan', email: 'casey@gitlab.example' });
    expect(settings.gainsight).toMatchObject({ dateOrder: 'DMY', customDomains: ['cs.acme.example'] });
    expect(settings.programs.edition).toBe('earlier');
  });

  it('name the invalid field by its path, with its message and the value stored; unknown keys are dropped silently', async () => {
    await store(FROM_ANOTHER_VERSION);
    const { settings, problems } = await loadCheckedSettings();
    expect(problems).toEqual({
      'salesforce.roleField': { message: 'must be a Salesforce API name like Role__c', stored: 'Role; DROP' },
    });
    expect(settings).not.toHaveProperty('retired');
    expect(settings.programs).not.toHaveProperty('removedSetting');
  });

  it('take a group stored as something else as its defaults, and say so', async () => {
    await store({ sender: 'Casey', salesforce: { adminValue: 'Admin' } });
    const { settings, problems } = await loadCheckedSettings();
    expect(settings.sender).toEqual(DEFAULT_SETTINGS.sender);
    expect(settings.salesforce.adminValue).toBe('Admin');
    expect(problems).toEqual({ sender: { message: 'expected a group of settings', stored: 'Casey' } });
  });

  it('reach listeners the same way', async () => {
    const heard: string[] = [];
    onSettingsChanged((settings) => heard.push(`${settings.salesforce.roleField}/${settings.salesforce.adminValue}`));
    await store(FROM_ANOTHER_VERSION);
    await expect.poll(() => heard).toEqual(['Role__c/Admin']);
  });
});

describe('saving over stored settings with an invalid field', () => {
  it('keeps the stored value of a field the save did not change', async () => {
    await store(FROM_ANOTHER_VERSION);
    const { settings } = await loadCheckedSettings();
    await saveSettings({ ...settings, sender: { ...settings.sender, title: 'CSM' } });
    expect((await stored()).salesforce).toMatchObject({ roleField: 'Role; DROP', adminValue: 'Admin' });
    expect((await stored()).sender).toMatchObject({ title: 'CSM' });
    expect(await stored()).not.toHaveProperty('retired');
  });

  it('replaces it once the user changed that field', async () => {
    await store(FROM_ANOTHER_VERSION);
    const { settings, problems } = await loadCheckedSettings();
    const fixed = { ...settings, salesforce: { ...settings.salesforce, roleField: 'GitLab_Role__c' } };
    await saveSettings(fixed, { keepInvalid: invalidExcept(problems, 'salesforce.roleField') });
    expect((await stored()).salesforce).toMatchObject({ roleField: 'GitLab_Role__c' });
    expect((await loadCheckedSettings()).problems).toEqual({});
  });
});

describe('custom domains as stored', () => {
  it('keep every domain even when one entry makes the field invalid', async () => {
    await store({ gainsight: { customDomains: ['cs.acme.example', 'not a domain', 7, 'CS.Globex.example'] } });
    expect((await loadSettings()).gainsight.customDomains).toEqual([]);
    expect(await loadCustomDomains()).toEqual(['cs.acme.example', 'cs.globex.example']);
  });
});
