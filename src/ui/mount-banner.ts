// Placeholder: the visitor interface issue replaces this file.
import type { Consent } from '../core/consent';

export interface MountOptions {
  container?: Element;
}
export interface MountedBanner {
  unmount(): void;
}
export function mountBanner(_consent: Consent<string>, _options: MountOptions = {}): MountedBanner {
  return { unmount() {} };
}
