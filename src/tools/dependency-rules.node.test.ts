/**
 * The layer rules (.dependency-cruiser.cjs): the project keeps them at zero violations, and
 * each rule does catch the wrong arrow it names, shown on a small tree of files made for it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';

const rules = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;
const options = { ...rules.options, tsConfig: undefined, validate: true, ruleSet: { forbidden: rules.forbidden } };

const violations = (result: ICruiseResult) => result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

async function cruiseTree(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'aiw-layers-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const { output } = await cruise(['src'], { ...options, baseDir: root });
    return violations(output as ICruiseResult);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const ok = 'export const x = 1;\n';

describe('the layer rules', () => {
  it('find no violation in the project', async () => {
    const { output } = await cruise(['src'], { ...rules.options, validate: true, ruleSet: { forbidden: rules.forbidden } });
    expect(violations(output as ICruiseResult)).toEqual([]);
  }, 60_000);

  it('catch the model importing from above it', async () => {
    expect(
      await cruiseTree({
        'src/model/dates.ts': "import { x } from '../i18n/strings.ts';\nexport const y = x;\n",
        'src/i18n/strings.ts': ok,
      }),
    ).toEqual(['model-is-pure: src/model/dates.ts → src/i18n/strings.ts']);
  });

  it('catch a controller or the i18n importing a component, and a component importing the app', async () => {
    expect(
      await cruiseTree({
        'src/controllers/view.ts': "import '../components/aiw-a/aiw-a.ts';\n",
        'src/components/aiw-a/aiw-a.ts': "import { x } from '../../app/page.ts';\nexport const y = x;\n",
        'src/app/page.ts': ok,
      }),
    ).toEqual([
      'components-never-import-the-app: src/components/aiw-a/aiw-a.ts → src/app/page.ts',
      'middle-layers-below-components: src/controllers/view.ts → src/components/aiw-a/aiw-a.ts',
    ]);
  });

  it('let a component use another as an element, but not borrow its helpers', async () => {
    expect(
      await cruiseTree({
        'src/components/aiw-a/aiw-a.ts': "import '../aiw-b/aiw-b.ts';\nimport { h } from '../aiw-b/helpers.ts';\nimport { s } from '../shared/s.ts';\nexport const y = [h, s];\n",
        'src/components/aiw-b/aiw-b.ts': ok,
        'src/components/aiw-b/helpers.ts': 'export const h = 1;\n',
        'src/components/shared/s.ts': 'export const s = 1;\n',
      }),
    ).toEqual(['component-uses-another-only-as-an-element: src/components/aiw-a/aiw-a.ts → src/components/aiw-b/helpers.ts']);
  });

  it('catch a cycle', async () => {
    expect(
      await cruiseTree({
        'src/app/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
        'src/app/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      }),
    ).toEqual(['no-circular: src/app/a.ts → src/app/b.ts']);
  });
});
