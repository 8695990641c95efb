// The npm main entry: the headless API plus the Preact interface.
export * from './headless';
export { mountBanner } from './ui/mount-banner';
export type { MountOptions, MountedBanner } from './ui/mount-banner';
export { english } from './ui/texts/en';
