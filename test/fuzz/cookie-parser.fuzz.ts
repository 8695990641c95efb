// The dedicated fuzz run of the consent-cookie parser: 100,000 values, not part of `npm test`.
// Run: npx vitest run --config test/fuzz/vitest.config.ts
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodesSafely } from './record-codec.property';

describe('the consent-cookie parser under fuzzing', () => {
  it('never throws and never grants what the value does not say, for 100,000 values', () => {
    const started = performance.now();
    fc.assert(decodesSafely, { numRuns: 100_000 });
    console.log(`cookie parser: 100,000 values in ${Math.round(performance.now() - started)} ms`);
    expect(true).toBe(true);
  });
});
