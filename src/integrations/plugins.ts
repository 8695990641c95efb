import type { Plugin } from '../core/consent';

/** The integrations every instance starts; each does nothing unless the config names it. */
export const builtInPlugins: readonly Plugin[] = [];
