/** One `## ` section of the README, so the docs pages and the README never disagree. */
import readme from '../README.md?raw';
import { markdownSection } from './markdown-section.js';

export const readmeSection = (title: string): string => markdownSection(readme, title);
