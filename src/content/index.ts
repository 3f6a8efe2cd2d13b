/** `health-widgets/content`: schemas, types and bundled topics, without any element. */
export * from './schema.js';
export * from './topics.js';
export { validate, type Validation } from './validator.js';
export * as backSpasmsWalking from './topics/back-spasms-walking.js';
export { getHelpAnswer, type GetHelpSigns } from './get-help.js';
