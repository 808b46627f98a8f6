import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { lastLightningHost, lightningAccountUrl, rememberLightningHost } from './lightning-host';

beforeEach(() => fakeBrowser.reset());

describe('the last Lightning host, for links from Customer360', () => {
  it('remembers a Lightning host and builds the account link from it', async () => {
    await rememberLightningHost('gitlab.lightning.force.com');
    const host = await lastLightningHost();
    expect(lightningAccountUrl(host, '001000000000001AAA')).toBe('https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view');
  });

  it('ignores hosts that are not Lightning, whether offered or found in storage', async () => {
    await rememberLightningHost('evil.example');
    expect(await lastLightningHost()).toBeNull();
    await fakeBrowser.storage.local.set({ lastLightningHost: 'evil.example/phish?' });
    expect(await lastLightningHost()).toBeNull();
  });

  it('gives no link without a host or with something that is not an Account id', () => {
    expect(lightningAccountUrl(null, '001000000000001AAA')).toBeUndefined();
    expect(lightningAccountUrl('gitlab.lightning.force.com', undefined)).toBeUndefined();
    expect(lightningAccountUrl('gitlab.lightning.force.com', '003000000000001AAA')).toBeUndefined();
  });
});
