/**
 * Generates the types of the web application's API client, `web/src/api/schema.d.ts`, from the
 * OpenAPI document that the server builds out of its own route schemas (Zod → OpenAPI →
 * openapi-typescript). No database and no listening port: the app is built with a context whose
 * database refuses any use, and the document is read with `app.swagger()`.
 *
 *   npm run generate:api          writes the file (commit it)
 *
 * test/web/api-client.test.ts regenerates it in memory and fails when the checked-in file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
// The server's code this script uses, all here (re-point these lines when the tree moves).
import { FEATURE_ROUTES } from '../src/features/routes.ts';
import type { AppContext } from '../src/platform/context.ts';
import { configFromEnvironment } from '../src/platform/config.ts';
import { buildApp } from '../src/platform/http/app.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));

const BANNER = `/**
 * The API's types, generated from the server's OpenAPI document by \`npm run generate:api\`
 * (scripts/generate-api-client.ts). Do not edit: change the route schemas and regenerate.
 */

`;

/** What building the routes may touch; anything else (a query, the clock) is a bug of the generator. */
function contextWithoutDatabase(): AppContext {
  const refuse = (what: string): never => {
    throw new Error(`generate-api-client: the OpenAPI document must not need ${what}`);
  };
  const refusing = (what: string) => new Proxy({}, { get: () => refuse(what) });
  return {
    // Defaults only (no environment), so that the document does not depend on the machine.
    config: configFromEnvironment({}, '/nonexistent'),
    driver: 'pglite',
    db: refusing('a database') as AppContext['db'],
    calendars: refusing('the calendars') as AppContext['calendars'],
    now: () => refuse('the clock'),
  };
}

/** The server's OpenAPI document, as `/api/docs/json` serves it. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const app = await buildApp({ ctx: contextWithoutDatabase(), routes: FEATURE_ROUTES });
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The text of web/src/api/schema.d.ts for the server as it is now. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument());
  return BANNER + astToString(ast);
}

export function checkedInApiTypes(): string {
  return readFileSync(SCHEMA_FILE, 'utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await generateApiTypes();
  writeFileSync(SCHEMA_FILE, text);
  console.log(`Đã ghi ${SCHEMA_FILE.replace(`${process.cwd()}/`, '')} (${text.split('\n').length} dòng).`);
}
