import type { Plugin } from '../core/consent';
import { googleConsentMode } from './google-consent-mode';
import { googleTag } from './google-tag';
import { dataLayerEvents } from './datalayer-events';
import { receipts } from './receipts';

/**
 * The integrations every instance starts; each does nothing unless the config names it. Order
 * matters: the Consent Mode default must be the first Google command, before the tag's `config`.
 */
export const builtInPlugins: readonly Plugin[] = [googleConsentMode, googleTag, dataLayerEvents, receipts];
