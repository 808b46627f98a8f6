/** Loaded into a sandbox Lightning page by reader.browser.test.ts: the extension's page reader, as the content script runs it. */
import { readLightningAccount } from '../../../../lib/host/lightning/read-lightning';

export type LightningProbe = typeof readLightningAccount;

Object.assign(window, { readLightningAccount });
