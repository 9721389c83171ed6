// ESLint with type-aware rules (typescript-eslint), zero warnings allowed (`npm run lint`), the
// import boundaries between the layers, and GraphQL rules for the schema and the client's documents.
import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const root = import.meta.dirname;
/** The folders directly under `dir` (relative to the repository), e.g. the server's modules. */
const foldersIn = (dir) =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/**
 * Import boundaries (eslint-plugin-import-x's no-restricted-paths on resolved paths), one zone per
 * module and per view, read from the folders so that a new one is covered:
 * - server/src/common is below the modules: it never imports server/src/modules;
 * - a module never imports another module's repository (it uses that module's service);
 * - a view never imports another view's folder (shared code goes to components/, graph/ or canvas/);
 * - client/src/components and client/src/graph never import a view.
 */
const boundaryZones = [
  {
    target: 'server/src/common',
    from: 'server/src/modules',
    message: 'common/ sits below the modules: move what both need to server/src/domain or common/.',
  },
  ...foldersIn('server/src/modules').map((module) => ({
    target: `server/src/modules/${module}`,
    from: `server/src/modules/!(${module})/**/*.repository.ts`,
    message: "Only a module's own code runs its repository: use that module's service.",
  })),
  ...foldersIn('client/src/views').map((view) => ({
    target: `client/src/views/${view}`,
    from: 'client/src/views',
    except: [`./${view}`],
    message: 'A view does not import another view: move what both use to components/, graph/ or canvas/.',
  })),
  {
    target: ['client/src/components', 'client/src/graph'],
    from: 'client/src/views',
    message: 'components/ and graph/ sit below the views and never import one.',
  },
];

/** One GraphQL config for both GraphQL blocks (graphql-eslint loads it once per run). */
const graphQLConfig = { schema: 'server/schema.graphql', documents: 'client/src/api/*.graphql' };

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'tools/**', '.data/**', 'bench/**', 'coverage/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./server/tsconfig.json', './client/tsconfig.json', './tests/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  // the Rules of React (hooks and the React Compiler's checks) for the dashboard
  {
    files: ['client/**/*.tsx', 'client/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'client/src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      // the server imports './x.js' for x.ts (NodeNext), the client imports './x' (Vite)
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones }],
    },
  },
  {
    files: ['server/schema.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      // every query and mutation says what it does; 29 object, input and enum types have no
      // description yet (descriptions come from the server's decorators), so not required for types
      '@graphql-eslint/require-description': ['error', { rootField: true, DirectiveDefinition: true }],
      // Communities.communities is released API: renaming it would break clients
      '@graphql-eslint/no-typename-prefix': 'off',
      // the value types (counts, ranks, cascade nodes, page info) have no id of their own
      '@graphql-eslint/strict-id-in-types': 'off',
    },
  },
  {
    files: ['client/src/api/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
  },
);
