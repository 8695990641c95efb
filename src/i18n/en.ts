import type { Texts } from '../core/texts';
import { english } from './english';

/**
 * English texts: `import en from 'cookiegate/i18n/en'`, the same object the interface has built in,
 * for sites that start from it to write their own `texts`.
 */
const en: Texts = english;

export default en;
