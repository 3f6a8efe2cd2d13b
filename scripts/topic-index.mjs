// Writes dist/topics.json, the bundled topics at a glance (health-widgets/topics.json), from the
// built content entry, so the JSON and the `topicIndex` export can never differ (a test checks).
import { writeFileSync } from 'node:fs';

const { topicIndex } = await import('../dist/content.js');
writeFileSync('dist/topics.json', `${JSON.stringify(topicIndex, null, 2)}\n`);
console.log(`dist/topics.json: ${topicIndex.length} topics.`);
