// Lint rules: strict TypeScript, no `any`, type-only imports marked as such, and the shape of the
// tree (docs/ARCHITECTURE.md "Rules"): each rule below fails `npm test` with a message that starts
// with its name.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** The feature folders (src/features/<noun>/). */
const FEATURES = fs
  .readdirSync(fileURLToPath(new URL('./src/features', import.meta.url)), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const DRIVERS = ['drizzle-orm', 'drizzle-orm/*', 'pg', 'pg-*', '@electric-sql/pglite', '@electric-sql/pglite/*'];
const FASTIFY = ['fastify', 'fastify-*', '@fastify/*'];
const NO_DRIVERS = {
  group: DRIVERS,
  message: 'sql-in-stores: only *.store.ts, *.queries.ts, src/platform/db/ and src/platform/events/ use the database drivers; put the SQL in the feature\'s store or queries file.',
};
const NO_FASTIFY = {
  group: FASTIFY,
  message: 'http-in-routes: only *.routes.ts and src/platform/http/ use Fastify; a use case takes plain values and returns plain values.',
};
const STORES = ['src/**/*.store.ts', 'src/**/*.queries.ts', 'src/platform/db/**', 'src/platform/events/**'];
const HTTP = ['src/**/*.routes.ts', 'src/platform/http/**'];

/** Where a file may import from, by resolved path (eslint-plugin-import-x no-restricted-paths). */
const ZONES = [
  {
    target: './src/domain/**/!(*.test).ts',
    from: ['./src/platform', './src/features', './src/documents', './src/cli', './src/server.ts', './test', './web', './bench', './scripts'],
    message: 'domain-pure: src/domain/ imports nothing outside src/domain/ but zod.',
  },
  {
    target: ['./src/platform', './src/documents'],
    from: ['./src/features', './src/cli', './src/server.ts'],
    message: 'layers: src/platform/ and src/documents/ never import src/features/ (nor the CLI or the server entry); features stand on them.',
  },
  {
    target: './src/documents',
    from: './src/platform',
    message: 'documents-pure: src/documents/ builds and renders from plain data; it imports only src/domain/ and itself.',
  },
  {
    target: ['./src/features/**/!(*.store|*.queries).ts', './src/cli', './src/server.ts'],
    from: './src/platform/db/schema.ts',
    message: 'sql-in-stores: the tables are read and written only in *.store.ts and *.queries.ts files (and src/platform/db/, src/platform/events/).',
  },
  {
    target: './web',
    from: './src',
    except: ['./domain'],
    message: 'web-domain-only: web/ imports nothing from src/ except src/domain/ (the API through its client).',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: `./src/features/!(${feature})/**/*.@(routes|store|queries|policy).ts`,
    message: `feature-use-cases: src/features/${feature}/ uses another feature only through that feature's use-case files, never its routes, store or queries.`,
  })),
  {
    target: './src/cli',
    from: './src/features/**/*.@(routes|store|queries|policy).ts',
    message: 'feature-use-cases: the CLI uses a feature only through its use-case files, never its routes, store or queries.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'data', 'coverage', 'test-results', '.tmp'] },
  js.configs.recommended,
  {
    files: ['**/*.mjs', 'bin/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // ─── The shape of the tree ────────────────────────────────────────────────
  {
    files: ['src/**/*.{ts,mjs}', 'web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
    },
  },
  {
    // no-cycle: no import circles in the server's code (type-only imports are not followed).
    files: ['src/**/*.{ts,mjs}'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // Which packages a file may import: every src file (neither drivers nor Fastify), then the
  // stores (drivers) and the routes (Fastify), then the domain (zod only).
  {
    files: ['src/**/*.{ts,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_DRIVERS, NO_FASTIFY] }] },
  },
  {
    files: STORES,
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_FASTIFY] }] },
  },
  {
    files: HTTP,
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_DRIVERS] }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!zod$|\\.)', message: 'domain-pure: src/domain/ imports no package but zod (no I/O, no clock, no framework).' }] }],
    },
  },
  {
    // role-in-policy: a user's role is compared only in the policy module, src/domain/policy/
    // (policy.ts: whose unit, who may see; turns.ts: whose turn), and the transition table. Left
    // out: the documents (their signer roles in a unit's settings say who signs a paper, not what
    // a user may do), a procedure's step templates (src/domain/deadline/steps.ts: a step's role is
    // what the template says) and an event's recorded actor (`event.actor.role`: who wrote it —
    // an import, a citizen — is a fact of the history, not a permission).
    files: ['src/**/*.ts'],
    ignores: ['src/domain/policy/**', 'src/domain/dossier/transitions.ts', 'src/domain/deadline/steps.ts', 'src/documents/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression[property.name='role']:not([object.property.name='actor'])",
          message: 'role-in-policy: compare a role only in src/domain/policy/policy.ts; ask the policy (canReadDossier, mayGiveRole, hasRole…) instead.',
        },
        {
          selector: "SwitchStatement > MemberExpression.discriminant[property.name='role']",
          message: 'role-in-policy: compare a role only in src/domain/policy/policy.ts; ask the policy instead.',
        },
        {
          selector: "CallExpression[callee.property.name=/^(has|includes)$/] > MemberExpression.arguments[property.name='role']",
          message: 'role-in-policy: look a role up only in src/domain/policy/policy.ts; ask the policy instead.',
        },
      ],
    },
  },
  // The web application talks to the server through the generated API client (web/src/api/):
  // of the server's code it may import only the pure domain (src/domain/: labels, enumerations).
  {
    files: ['web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+src/(?!domain/)', message: 'web/ imports from src/ only src/domain/; reach the server through the generated client (web/src/api/, npm run generate:api).' }] },
      ],
    },
  },
);
