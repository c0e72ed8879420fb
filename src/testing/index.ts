// lexposure/testing: helpers for users' own policy tests.
export { aProfile, ProfileBuilder } from './profile-builder.js';
