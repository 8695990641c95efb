declare module '*.css?raw' {
  const css: string;
  export default css;
}

/**
 * True only in the split install's full bundle (dist/cookiegate-full.js, set by rollup.config.ts;
 * the unit tests set it too): the take-over from the split loader and the config fingerprint.
 * Every other build compiles that code out.
 */
declare const __SPLIT__: boolean;
