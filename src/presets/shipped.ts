import type { PresetHandler } from '../core/plugin';
import { googleAnalyticsHandler } from './google-analytics';

/** The presets whose own keys the script tag, the framework providers and the CLI understand. */
export const shippedPresets: readonly PresetHandler[] = [googleAnalyticsHandler];
