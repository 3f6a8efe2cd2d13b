// The shipped JSON Schemas work in a standard validator, as a CMS pipeline would use them: they
// accept the bundled topic and name what is wrong with broken content. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import { backSpasmsWalking } from '../../dist/content.js';
import { ROOT } from './support.mjs';

const schema = (name) => JSON.parse(readFileSync(join(ROOT, 'dist/schemas', `${name}.schema.json`), 'utf8'));
const bundled = {
  'anatomy-table': backSpasmsWalking.anatomy,
  faq: backSpasmsWalking.faq,
  'red-flags': backSpasmsWalking.redFlags,
  checklist: backSpasmsWalking.checklist,
  topic: backSpasmsWalking,
};

describe('the JSON Schemas in dist/schemas', () => {
  for (const [name, content] of Object.entries(bundled)) {
    test(`${name}: accepts the bundled content and rejects a missing heading`, () => {
      const validate = new Ajv({ strict: false, allErrors: true }).compile(schema(name));
      assert.equal(validate(structuredClone(content)), true, JSON.stringify(validate.errors));
      const broken = structuredClone(content);
      delete (name === 'topic' ? broken.faq : broken).heading;
      assert.equal(validate(broken), false);
      assert.ok(
        validate.errors.some((error) => error.params.missingProperty === 'heading'),
        JSON.stringify(validate.errors),
      );
    });
  }

  test('red-flags: rejects a misspelt field, as the elements do', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema('red-flags'));
    const { audience, ...rest } = structuredClone(backSpasmsWalking.redFlags);
    assert.equal(validate({ ...rest, audiance: audience }), false);
    assert.ok(
      validate.errors.some((error) => error.params.additionalProperty === 'audiance'),
      JSON.stringify(validate.errors),
    );
  });

  test("topic: rejects a topic with no element's content", () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema('topic'));
    assert.equal(validate({}), false);
    assert.equal(
      validate({ faq: structuredClone(backSpasmsWalking.faq) }),
      true,
      JSON.stringify(validate.errors),
    );
  });
});
