/** One `## ` section of the README, so the docs pages and the README never disagree. */
import readme from '../README.md?raw';

/** A heading's anchor as GitHub makes it: lower case, spaces to hyphens, no punctuation. */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');

export function readmeSection(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no section "${title}"`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start + 1, end < 0 ? undefined : end);
  // A link to another part of the README leads nowhere on a docs page that shows one section:
  // its words stay, without the link.
  const anchors = new Set([...section.matchAll(/^#+ (.+)$/gm)].map((match) => anchorOf(match[1]!)));
  return section.replace(/\[([^\]]+)\]\(#([^)]+)\)/g, (link, text: string, anchor: string) =>
    anchors.has(anchor) ? link : text,
  );
}
