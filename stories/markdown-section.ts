/** A heading's anchor as GitHub makes it: lower case, spaces to hyphens, no punctuation. */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');

/**
 * One `## ` section of a Markdown file. A link to another part of the file leads nowhere on a
 * page that shows this section alone: its words stay, without the link.
 */
export function markdownSection(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no section "${title}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  const section = markdown.slice(start + 1, end < 0 ? undefined : end);
  const anchors = new Set([...section.matchAll(/^#+ (.+)$/gm)].map((match) => anchorOf(match[1]!)));
  return section.replace(/\[([^\]]+)\]\(#([^)]+)\)/g, (link, text: string, anchor: string) =>
    anchors.has(anchor) ? link : text,
  );
}
