// The `health-widgets` command as a CMS editor runs it, from the packed package installed in a
// fresh project. Run after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { consumerProject, ROOT, TAGS } from './support.mjs';

const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

let project;
before(() => {
  project = consumerProject({});
});
after(() => project?.remove());

/** Runs the installed command; resolves to its exit code and output. */
function run(...args) {
  const { status, stdout, stderr } = spawnSync(join(project.dir, 'node_modules/.bin/health-widgets'), args, {
    cwd: project.dir,
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

/** Runs the command, which must succeed without a word on standard error; returns its output. */
function rendered(...args) {
  const { status, stdout, stderr } = run(...args);
  assert.equal(stderr, '');
  assert.equal(status, 0);
  return stdout;
}

describe('health-widgets (the command)', () => {
  test('--help lists every element, its attributes and its topics, from the manifest', () => {
    const { status, stdout } = run('--help');
    assert.equal(status, 0);
    assert.equal(declarations.length, TAGS.length);
    for (const declaration of declarations) {
      assert.ok(stdout.includes(`${declaration.tagName}: ${declaration.summary}`), declaration.tagName);
      for (const { name } of declaration.attributes.filter(({ name }) => name !== 'topic'))
        assert.ok(stdout.includes(`--attr ${name}:`), `${declaration.tagName} ${name}`);
    }
    assert.match(stdout, /topics: back-spasms-walking/);
    assert.match(stdout, /--topic <id> +a bundled topic \(default: back-spasms-walking\)/);
  });

  for (const tag of TAGS) {
    test(`render ${tag} prints the element with its shadow root declared`, () => {
      const stdout = rendered('render', tag, '--topic', 'back-spasms-walking', '--attr', 'heading-level=3');
      assert.match(
        stdout,
        new RegExp(`^<${tag}[^>]* heading-level="3"[^>]*><template shadowroot="open" shadowrootmode="open">`),
      );
      assert.match(stdout, new RegExp(`</${tag}>\n$`));
      assert.match(stdout, /<h3 class="heading"/);
    });
  }

  test('an empty --topic, as a CMS template may write it, renders the default topic', () => {
    const byDefault = run('render', 'hw-faq-accordion');
    assert.equal(byDefault.status, 0);
    assert.deepEqual(run('render', 'hw-faq-accordion', '--topic='), byDefault);
  });

  test('--with-script adds the versioned CDN script tag; yes/no attributes go without a value', () => {
    const { status, stdout } = run(
      'render',
      'hw-faq-accordion',
      '--attr',
      'structured-data',
      '--with-script',
    );
    assert.equal(status, 0);
    assert.match(stdout, /^<hw-faq-accordion +structured-data>/);
    assert.match(stdout, /<script type="application\/ld\+json">/);
    assert.ok(
      stdout.endsWith(
        `</hw-faq-accordion>\n<script type="module" src="https://unpkg.com/health-widgets@${version}/dist/cdn/health-widgets.js"></script>\n`,
      ),
    );
  });

  test('--content renders your own content, written as inline JSON for the browser', () => {
    const file = join(project.dir, 'faq.json');
    const { stdout: json } = spawnSync(
      process.execPath,
      [
        '-e',
        "import('health-widgets/content').then((c) => console.log(JSON.stringify(Object.values(c.faqTopics)[0])))",
      ],
      { cwd: project.dir, encoding: 'utf8' },
    );
    const content = JSON.parse(json);
    content.heading = 'Our own questions';
    writeFileSync(file, JSON.stringify(content));
    const { status, stdout } = run('render', 'hw-faq-accordion', '--content', file);
    assert.equal(status, 0);
    assert.match(stdout, /Our own questions/);
    assert.match(stdout, /<script type="application\/json">\{/);
  });

  test('takes the attributes any element takes (id, class, style, dir, title, data-*)', () => {
    const stdout = rendered(
      'render',
      'hw-anatomy-table',
      '--attr',
      'id=muscles',
      '--attr',
      'dir=ltr',
      '--attr',
      'style=--hw-color-accent: #005eb8',
      '--attr',
      'data-section=back',
    );
    assert.match(
      stdout,
      /^<hw-anatomy-table +id="muscles" dir="ltr" style="--hw-color-accent: #005eb8" data-section="back">/,
    );
  });

  test('--content reads a file that starts with a byte-order mark, as some editors write', () => {
    const file = join(project.dir, 'bom.json');
    const { stdout: json } = spawnSync(
      process.execPath,
      [
        '-e',
        "import('health-widgets/content').then((c) => console.log(JSON.stringify(c.faqTopics['back-spasms-walking'])))",
      ],
      { cwd: project.dir, encoding: 'utf8' },
    );
    writeFileSync(file, `\uFEFF${JSON.stringify({ ...JSON.parse(json), heading: 'Saved by Notepad' })}`);
    const stdout = rendered('render', 'hw-faq-accordion', '--content', file);
    assert.match(stdout, /Saved by Notepad/);
  });

  const failures = {
    'no command': [[], /no command given/],
    'an unknown element': [['render', 'hw-nope'], /unknown element "hw-nope" \(known: hw-anatomy-table/],
    'an attribute the element does not have': [
      ['render', 'hw-anatomy-table', '--attr', 'exclusive'],
      /<hw-anatomy-table> attribute exclusive: not an attribute of this element \(it has: heading-level; and any element's id, class/,
    ],
    // Names an object has of its own (`constructor`) are no more an element than any other.
    'a name every object has': [['render', 'constructor'], /unknown element "constructor"/],
    'the language as an attribute': [['render', 'hw-faq-accordion', '--attr', 'lang=cy'], /use --lang/],
    'an unknown option': [['render', 'hw-faq-accordion', '--colour', 'red'], /Unknown option '--colour'/],
    // A topic or an attribute value is not content: the message says what it is.
    'an unknown topic': [
      ['render', 'hw-faq-accordion', '--topic', 'knees'],
      /^health-widgets: <hw-faq-accordion> unknown topic "knees" \(topics with this widget: back-spasms-walking, /,
    ],
    'a topic without this element': [
      ['render', 'hw-anatomy-table', '--topic', 'sciatica'],
      /^health-widgets: <hw-anatomy-table> topic "sciatica" has no content for this widget \(topics with it: /,
    ],
    'a bad emergency number': [
      ['render', 'hw-red-flag-checker', '--attr', 'emergency-number=call us'],
      /^health-widgets: <hw-red-flag-checker> attribute emergency-number: "call us" /,
    ],
    'a missing content file': [
      ['render', 'hw-faq-accordion', '--content', 'nope.json'],
      /cannot read nope.json: no such file/,
    ],
  };
  for (const [what, [args, message]] of Object.entries(failures)) {
    test(`${what}: a clear message, exit code 1, nothing on standard output`, () => {
      const { status, stdout, stderr } = run(...args);
      assert.equal(status, 1);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.doesNotMatch(stderr, /invalid content/);
    });
  }

  test('invalid content: every problem with its path, exit code 1, nothing printed', () => {
    const file = join(project.dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ heading: 'Questions', items: [{ id: 'a', question: 'Why?' }] }));
    const { status, stdout, stderr } = run('render', 'hw-faq-accordion', '--content', file);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^health-widgets: <hw-faq-accordion> invalid content:\n/);
    // Each problem is named after the file, then its path in the content.
    assert.ok(stderr.includes(`\n  ${file}: meta: is required\n`), stderr);
    assert.ok(stderr.includes(`\n  ${file}: items[0].answer: is required\n`), stderr);
    // JSON that does not parse is named after its file too.
    writeFileSync(file, '{"heading": ');
    const broken = run('render', 'hw-faq-accordion', '--content', file);
    assert.equal(broken.status, 1);
    assert.equal(broken.stdout, '');
    assert.ok(broken.stderr.includes(`\n  ${file}: not JSON: `), broken.stderr);
  });

  test('--topic with --content: a clear message, exit code 1, nothing printed', () => {
    const file = join(project.dir, 'own.json');
    writeFileSync(file, '{}');
    const { status, stdout, stderr } = run(
      'render',
      'hw-faq-accordion',
      '--content',
      file,
      '--topic',
      'sciatica',
    );
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /give --topic or --content, not both/);
  });
});
