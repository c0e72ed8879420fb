// lexposure/testing: helpers for users' own policy tests.
export { type LexposureMatchers, lexposureMatchers, type MatcherResult } from './matchers.js';
export { aProfile, ProfileBuilder } from './profile-builder.js';
