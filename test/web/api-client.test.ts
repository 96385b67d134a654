/**
 * The web application's API client (docs/web.md): its types are generated from the server's
 * OpenAPI document and checked in, so a route schema changed without regenerating fails here;
 * and web/ reaches the server only through that client (the lint rule on imports from src/).
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { checkedInApiTypes, generateApiTypes, openApiDocument, SCHEMA_FILE } from '../../scripts/generate-api-client.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('generated API client', () => {
  it('is up to date with the server’s route schemas', async () => {
    const fresh = await generateApiTypes();
    expect(fresh.length).toBeGreaterThan(0);
    expect(
      checkedInApiTypes() === fresh,
      `${path.relative(REPO, SCHEMA_FILE)} is stale: the server's OpenAPI document changed. Run \`npm run generate:api\` and commit the file.`,
    ).toBe(true);
  });

  it('types the responses the pages read (no loose records left where they used to be)', async () => {
    const doc = await openApiDocument();
    /** The JSON schema at `keys` under the document (undefined when a step is missing). */
    const at = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
    const answer = (route: string, method: string) => at(doc.paths, route, method, 'responses', '200', 'content', 'application/json', 'schema');
    // Each of these was `unknown`, a record of unknown values or a plain string before issue 13.
    expect(at(answer('/api/catalog/procedures/{code}', 'get'), 'properties', 'procedure', 'properties', 'components', 'type')).toBe('array');
    expect(at(answer('/api/units', 'get'), 'properties', 'items', 'items', 'properties', 'settings')).toMatchObject({ additionalProperties: false, properties: { signers: expect.anything() } });
    expect(at(answer('/api/imports/preview', 'post'), 'properties', 'mapping', 'properties', 'columns', 'type')).toBe('array');
    expect(at(answer('/api/auth/me', 'get'), 'properties', 'user', 'properties', 'role', 'enum')).toEqual(expect.arrayContaining(['counter_officer', 'administrator']));
    expect(at(answer('/api/users', 'get'), 'properties', 'items', 'items', 'properties', 'role', 'enum')).toEqual(expect.arrayContaining(['specialist']));
  });
});

describe('web/ imports from src/ only the domain', () => {
  const lint = async (code: string) => {
    const eslint = new ESLint({ cwd: REPO });
    const [result] = await eslint.lintText(code, { filePath: path.join(REPO, 'web/src/pages/boundary-check.ts') });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it('refuses an import of the server’s other code', async () => {
    const messages = await lint("import type { AppContext } from '../../../src/platform/context.ts';\nexport type Context = AppContext;\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('npm run generate:api');
  });

  it('allows the domain core', async () => {
    expect(await lint("import { STATUS_NAMES } from '../../../src/domain/dossier/state.ts';\nexport const names = STATUS_NAMES;\n")).toEqual([]);
  });
});
