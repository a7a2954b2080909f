/**
 * The layers of src/, checked on every `npm test` (`npm run lint`). Imports run one way:
 *
 *   model  ←  controllers, i18n, styles, events  ←  components  ←  app
 *
 * model is plain TypeScript (no DOM, no Lit); a component uses another only as an element
 * (it imports that element's own module, for its side effect of defining it); helpers that
 * several components share live in components/shared/ or lower. Tests, tools, the benchmark
 * and the hardening suites may reach anywhere; they are not product code.
 * src/tools/dependency-rules.node.test.ts shows that each rule catches a wrong arrow.
 */
const product = '^src/(?!.*\\.(node|browser|e2e)\\.test\\.ts$)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle ties two modules together: neither can be understood, tested or loaded alone.',
      from: { path: product },
      to: { circular: true },
    },
    {
      name: 'model-is-pure',
      severity: 'error',
      comment: 'src/model is plain TypeScript tested in node: it imports nothing from the layers above it, nor Lit.',
      from: { path: '^src/model/' },
      to: { path: ['^src/(controllers|i18n|styles|events|components|app)/', '^src/(main|embed)\\.ts$', 'node_modules/lit'] },
    },
    {
      name: 'middle-layers-below-components',
      severity: 'error',
      comment: 'controllers, i18n, styles and events serve the components: they never import them or the app.',
      from: { path: `${product}(controllers|i18n|styles|events)/` },
      to: { path: ['^src/(components|app)/', '^src/(main|embed)\\.ts$'] },
    },
    {
      name: 'components-never-import-the-app',
      severity: 'error',
      comment: 'The app composes the components; a component that imports it is no longer reusable (the widget ships without it).',
      from: { path: `${product}components/` },
      to: { path: ['^src/app/', '^src/(main|embed)\\.ts$'] },
    },
    {
      name: 'component-uses-another-only-as-an-element',
      severity: 'error',
      comment:
        "A component may import another component's element module (to use the element), never its other files: shared helpers belong in components/shared/, model or styles.",
      from: { path: `${product}components/([^/]+)/` },
      to: { path: '^src/components/', pathNot: ['^src/components/$1/', '^src/components/shared/', '^src/components/([^/]+)/\\1\\.ts$'] },
    },
    {
      name: 'shared-helpers-stay-below-components',
      severity: 'error',
      comment: 'components/shared/ is for templates several components use; it imports no component.',
      from: { path: `${product}components/shared/` },
      to: { path: '^src/components/(?!shared/)' },
    },
    {
      name: 'vis-timeline-behind-its-adapter',
      severity: 'error',
      comment: 'Only the adapter (and the file fencing its private fields) speaks to vis-timeline; everything else uses the Drawing interface.',
      from: { path: product, pathNot: '^src/components/aiw-timeline/(vis-adapter|vis-internals|drawing\\.styles)\\.ts$' },
      to: { path: 'node_modules/(vis-timeline|vis-data)/', dependencyTypesNot: ['type-only', 'type-import'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/(bench|tools|e2e|docs)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
