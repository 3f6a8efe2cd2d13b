#!/usr/bin/env node
// `health-widgets render <element> …`: prints an element as paste-ready HTML, its shadow root
// declared, for a CMS without a build step. Elements, their attributes and the bundled topics
// come from the package itself (custom-elements.json and its content), never a list kept here.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as content from '../dist/content.js';
import { renderWidget, WidgetContentError } from '../dist/server.js';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Tag -> { summary, attributes: [{ name, description }] }, from the manifest. */
const ELEMENTS = Object.fromEntries(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [
      declaration.tagName,
      { summary: declaration.summary ?? '', attributes: declaration.attributes ?? [] },
    ]),
);
const TOPICS = {
  'hw-anatomy-table': content.anatomyTopics,
  'hw-faq-accordion': content.faqTopics,
  'hw-red-flag-checker': content.redFlagTopics,
  'hw-prevention-checklist': content.checklistTopics,
};
const SCRIPT = `<script type="module" src="https://unpkg.com/health-widgets@${version}/dist/cdn/health-widgets.js"></script>`;

function help() {
  const lines = [
    'Usage: health-widgets render <element> [options]',
    '',
    'Prints the element as HTML to paste into a page. Readers see it before any script runs,',
    'and without one; with --with-script, the script tag that makes it interactive follows.',
    '',
    'Options:',
    // The first topic is the default one, the one every element shows without a topic.
    `  --topic <id>          a bundled topic (default: ${content.topicIds[0]})`,
    '  --attr <name=value>   an attribute of the element (below), or id, class, style, dir, title or',
    '                        data-*; repeat for more; <name> alone for a yes/no one',
    '  --content <file.json> your own content, checked before anything is printed',
    '  --lang <tag>          the language of the widget’s own words, such as cy or en-US',
    '  --with-script         add the script tag from the CDN, version ' + version,
    '  --help                this text',
    '',
    'Elements:',
  ];
  for (const [tag, { summary, attributes }] of Object.entries(ELEMENTS)) {
    lines.push(`  ${tag}: ${summary}`);
    lines.push(`    topics: ${Object.keys(TOPICS[tag] ?? {}).join(', ')}`);
    // The topic has an option of its own.
    for (const attribute of attributes.filter(({ name }) => name !== 'topic'))
      lines.push(
        `    --attr ${attribute.name}: ${(attribute.description ?? '').split('. ')[0].replace(/\.$/, '')}.`,
      );
  }
  return lines.join('\n');
}

class UsageError extends Error {}

/** The `--content` file, to name in its problems. */
let contentFile;

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      topic: { type: 'string' },
      attr: { type: 'string', multiple: true },
      content: { type: 'string' },
      lang: { type: 'string' },
      'with-script': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help();
  const [command, tag, ...extra] = positionals;
  if (command !== 'render')
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (!tag) throw new UsageError('render needs an element, such as hw-faq-accordion');
  if (!Object.hasOwn(ELEMENTS, tag))
    throw new UsageError(`unknown element "${tag}" (known: ${Object.keys(ELEMENTS).join(', ')})`);
  if (extra.length) throw new UsageError(`unexpected "${extra[0]}"`);

  // Which attributes an element takes is renderWidget's to say, for the command and the API alike.
  const attributes = {};
  for (const pair of values.attr ?? []) {
    const [name, ...rest] = pair.split('=');
    if (name === 'topic') throw new UsageError('use --topic for the topic');
    if (name === 'lang') throw new UsageError('use --lang for the language');
    attributes[name] = rest.length ? rest.join('=') : true;
  }
  if (values.content !== undefined && values.topic !== undefined)
    throw new UsageError('give --topic or --content, not both: your own content has no topic to pick');
  let json;
  contentFile = values.content;
  if (values.content !== undefined) {
    try {
      // Without the byte-order mark some Windows editors write, which JSON does not allow.
      json = readFileSync(values.content, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      throw new UsageError(
        `cannot read ${values.content}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
      );
    }
  }
  const html = await renderWidget(tag, { topic: values.topic, attributes, json, lang: values.lang }).catch(
    (error) => {
      // A tag the package does not have.
      throw error instanceof TypeError ? new UsageError(error.message) : error;
    },
  );
  return values['with-script'] ? `${html}\n${SCRIPT}` : html;
}

try {
  const output = await main(process.argv.slice(2));
  // One write, once everything has worked: nothing half-written.
  process.stdout.write(`${output}\n`);
} catch (error) {
  if (error instanceof WidgetContentError) {
    // Problems with the content file are named after it, as a compiler names the file at fault:
    // `my-faq.json: items[0].answer: is required`. A file that is not JSON says so after its name.
    const message =
      error.kind === 'content' && contentFile
        ? new WidgetContentError(
            error.element,
            error.problems.map(
              (problem) => `${contentFile}: ${problem.replace(/^inline JSON: /, 'not JSON: ')}`,
            ),
          ).message
        : error.message;
    process.stderr.write(`health-widgets: ${message.replace(/\n/g, '\n  ')}\n`);
  } else if (error instanceof UsageError || error.code?.startsWith?.('ERR_PARSE_ARGS')) {
    process.stderr.write(`health-widgets: ${error.message}\nRun health-widgets --help for the options.\n`);
  } else {
    throw error;
  }
  process.exitCode = 1;
}
