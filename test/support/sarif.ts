import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);

/**
 * The official SARIF 2.1.0 schema (vendored, see test/fixtures/sarif/README.md) is draft-04
 * JSON Schema; ajv 6 validates it, `uri` formats included.
 */
export function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  ) as object;
  const ajv = new Ajv({ schemaId: 'id', meta: false, allErrors: true, format: 'full' });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);
  return ajv.compile(schema);
}
