// Placeholder: the visitor interface issue replaces this file (in progress).
import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';

export interface MountOptions {
  texts?: Partial<Texts>;
  nonce?: string;
  container?: Element;
  document?: Document;
}
export interface MountedBanner {
  unmount(): void;
  showPreferences(): void;
}
export function mountBanner(_consent: Consent<string>, _options: MountOptions = {}): MountedBanner {
  return { unmount() {}, showPreferences() {} };
}
