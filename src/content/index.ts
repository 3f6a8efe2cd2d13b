/** `health-widgets/content`: schemas, types and bundled topics, without any element. */
export * from './schema.js';
export * from './topics.js';
export { validate, type Validation } from './validator.js';
export * as backSpasmsWalking from './topics/back-spasms-walking.js';
export * as lowerBackPain from './topics/lower-back-pain.js';
export * as sciatica from './topics/sciatica.js';
export * as lumbarSpinalStenosis from './topics/lumbar-spinal-stenosis.js';
export { topicIds, topicIndex, WIDGETS, type TopicIndexEntry, type WidgetTag } from './topic-index.js';
export { getHelpAnswer, type GetHelpSigns } from './get-help.js';
