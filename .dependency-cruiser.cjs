// The layers of src/ and the one direction their arrows may go (issue 13, docs/architecture.md):
// composition root → adapters (server, bot, cli, graph, store/sqlite) → reminders → services →
// export/import (file formats) and the store port → contract → domain. `npm run depcheck` fails on a back arrow, a cycle or an import of tests
// or benchmarks; tests/unit/dependency-rules.spec.ts runs these same rules on a fixture tree
// with one of each, so a rule that stops biting is noticed.

/** Folders of src/ by layer: a rule names what a layer may NOT reach. */
const ADAPTERS = '^src/(server|bot|cli|graph|store/sqlite|app-package)/';
const RUNTIME_ONLY = '^src/(composition|config)[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle ties layers together: whichever way it is cut, one arrow points back.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-tests-or-bench-in-src',
      severity: 'error',
      comment: 'Test doubles and benchmarks never ship with the app.',
      from: { path: '^src/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The domain knows nothing but itself.',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'contract-on-domain',
      severity: 'error',
      comment: 'The API contract (zod schemas and their types) is built from the domain alone.',
      from: { path: '^src/contract/' },
      to: { path: '^src/', pathNot: '^src/(contract|domain)/' },
    },
    {
      name: 'config-on-domain',
      severity: 'error',
      comment: 'config.ts reads the environment into plain values; it builds nothing.',
      from: { path: '^src/config[.]ts$' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'store-port-on-domain',
      severity: 'error',
      comment: 'The PlanStore port and its pure helpers; the SQLite adapter sits beside it, above it.',
      from: { path: '^src/store/', pathNot: '^src/store/sqlite/' },
      to: { path: '^src/', pathNot: '^src/(domain|contract)/|^src/store/(?!sqlite/)' },
    },
    {
      name: 'services-below-adapters',
      severity: 'error',
      comment:
        'Services see the domain, the contract and the store port; adapters (the document library, the directory, ' +
        'the bot) are handed in through the ServiceContext. The one exception: the xlsx/docx writers and readers of ' +
        'src/export and src/import, pure code over domain data that sits below the services (files-below-services).',
      from: { path: '^src/services/' },
      to: { path: '^src/', pathNot: '^src/(services|domain|contract|export|import)/|^src/store/(?!sqlite/)' },
    },
    {
      name: 'reminders-below-adapters',
      severity: 'error',
      comment: 'Reminder planning and sweeps send through the Outbox port that the bot implements.',
      from: { path: '^src/reminders/' },
      to: { path: '^src/', pathNot: '^src/(reminders|services|domain|contract)/|^src/store/(?!sqlite/)' },
    },
    {
      name: 'files-below-services',
      severity: 'error',
      comment:
        'Writers (export) and readers (import) of xlsx/docx work on domain data and streams, never on a service ' +
        'or an adapter; an import plans its writes as changes of the store port (types only) and reuses the ' +
        'workbook layout the writers define.',
      from: { path: '^src/(export|import)/' },
      to: { path: '^src/', pathNot: '^src/(export|import|domain|contract)/|^src/store/plan-store[.]ts$' },
    },
    {
      name: 'export-writes-no-store-changes',
      severity: 'error',
      comment: 'The writers read consolidated data; only an import plans changes to the store.',
      from: { path: '^src/export/' },
      to: { path: '^src/store/' },
    },
    {
      name: 'export-not-on-import',
      severity: 'error',
      comment: 'Reading builds on the workbook layout the writers define, never the other way round.',
      from: { path: '^src/export/' },
      to: { path: '^src/import/' },
    },
    {
      name: 'demo-on-domain',
      severity: 'error',
      comment: 'The demo data set is plain data over the domain.',
      from: { path: '^src/demo/' },
      to: { path: '^src/', pathNot: '^src/(demo|domain)/' },
    },
    {
      name: 'tab-on-contract-and-domain',
      severity: 'error',
      comment: 'The tab runs in the browser: it shares the contract and the domain with the server, nothing else.',
      from: { path: '^src/tab/' },
      to: { path: '^src/', pathNot: '^src/(tab|domain|contract)/' },
    },
    {
      name: 'adapters-not-on-each-other',
      severity: 'error',
      comment:
        'Server, bot, SharePoint and SQLite are siblings wired together by composition.ts. One exception: ' +
        "the bot's HTTP endpoint answers errors with the server's problem+json mapping (written once).",
      from: { path: '^src/(server|bot|graph|store/sqlite)/' },
      to: { path: ADAPTERS, pathNot: '^src/$1/|^src/server/problem[.]ts$' },
    },
    {
      name: 'only-the-root-builds-adapters',
      severity: 'error',
      comment: 'Adapters are constructed by the composition root (and the CLI entry and commands it serves); nothing else wires them.',
      from: { pathNot: ['^src/(composition[.]ts|cli/)', '^src/(graph|store/sqlite|bot)/'] },
      to: { path: ['^src/store/sqlite/', '^src/graph/', '^src/bot/bot-app[.]ts$'] },
    },
    {
      name: 'nothing-on-the-root',
      severity: 'error',
      comment: 'Only the CLI (the process entry) starts from the composition root or reads the configuration.',
      from: { path: '^src/', pathNot: ['^src/cli/', RUNTIME_ONLY, '^src/app-package/'] },
      to: { path: RUNTIME_ONLY },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
