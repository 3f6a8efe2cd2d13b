/**
 * Everything needed to check content from outside the package: the schemas and `validate`.
 * Elements import this lazily, only when a page supplies its own content, so that bundled
 * topics never pay for the validator.
 */
export * from './schema.js';
export { validate, type Schema, type Validation } from './validator.js';
