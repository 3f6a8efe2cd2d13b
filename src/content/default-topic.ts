/** The topic an element shows when none is named: its content is inline in every element. */
export const DEFAULT_TOPIC = 'back-spasms-walking';
