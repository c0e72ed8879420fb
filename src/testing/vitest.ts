// lexposure/testing/vitest: `import 'lexposure/testing/vitest'` in a setup file (or a test) registers
// the matchers with vitest's expect and types them.
import { expect } from 'vitest';
import { type LexposureMatchers, lexposureMatchers } from './matchers.js';

expect.extend(lexposureMatchers);

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: the shape vitest's own Assertion interface declares.
  interface Assertion<T = any> extends LexposureMatchers<T> {}
  interface AsymmetricMatchersContaining extends LexposureMatchers {}
}
