import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withApi } from './readme-api.mjs';

describe('the README', () => {
  it('documents the widget exactly as the built Custom Elements Manifest describes it', () => {
    const readme = readFileSync('README.md', 'utf8');
    const manifest = JSON.parse(readFileSync('dist/embed/custom-elements.json', 'utf8'));
    // If this fails: npm run build && node src/tools/readme-api.mjs
    expect(readme).toBe(withApi(readme, manifest));
  });
});
