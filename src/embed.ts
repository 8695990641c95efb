// The script-tag entry (dist/cookiegate.js). Placeholder until the embed issue lands.
import { createConsent } from './create-consent';

const w = window as Window & { cookiegate?: unknown; cookiegateConfig?: unknown };
if (!w.cookiegate) {
  const el = document.getElementById('cookiegate-config');
  const config = el ? JSON.parse(el.textContent || '{}') : w.cookiegateConfig;
  w.cookiegate = createConsent(config);
}
