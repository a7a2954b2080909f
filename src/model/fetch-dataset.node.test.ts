import { describe, expect, it } from 'vitest';
import { isChecked } from './checked.ts';
import { fetchDataset } from './fetch-dataset.ts';
import { minimalDataset } from './fixtures/minimal.ts';
import { validateDocument } from './load.ts';

const answering = (body: string) => (async () => new Response(body, { headers: { 'Content-Type': 'application/json' } })) as typeof fetch;
const URL_ = 'https://example.org/dataset.json';

describe('datasets that need no second check', () => {
  it('marks what the loader returns as checked, and nothing else', () => {
    const doc = minimalDataset();
    const result = validateDocument(doc, 'x.json');
    expect(result.ok).toBe(true);
    expect(isChecked(result.dataset)).toBe(true);
    expect(isChecked(doc)).toBe(false);
    expect(isChecked(null)).toBe(false);
  });

  it('reads the built-in dataset as the build wrote it, marked checked', async () => {
    const doc = minimalDataset();
    const result = await fetchDataset(URL_, { builtIn: true, fetchImpl: answering(JSON.stringify(doc)) });
    expect(result).toMatchObject({ ok: true, errors: [], notices: [] });
    expect(result.dataset).toEqual(doc);
    expect(isChecked(result.dataset)).toBe(true);
  });

  it('runs the full check on a "built-in" file without a dataset\'s shape, and says what is wrong', async () => {
    const broken = { ...minimalDataset(), version: 2 };
    const result = await fetchDataset(URL_, { builtIn: true, fetchImpl: answering(JSON.stringify(broken)) });
    expect(result.ok).toBe(false);
    expect(result.errors[0].message).toBe(`${URL_}: version 2 is not supported (expected 1)`);
    const notJson = await fetchDataset(URL_, { builtIn: true, fetchImpl: answering('{"eras": [') });
    expect(notJson.errors[0].message).toMatch(/^https:\/\/example\.org\/dataset\.json: is not valid JSON \(/);
  });

  it('checks a dataset from anywhere else record by record', async () => {
    const doc = minimalDataset();
    (doc.events[0] as { date: string }).date = 'yesterday';
    const result = await fetchDataset(URL_, { fetchImpl: answering(JSON.stringify(doc)) });
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(/date/);
    expect(result.dataset?.events.some((e) => e.id === doc.events[0].id)).toBe(false);
    expect(isChecked(result.dataset)).toBe(true);
  });
});
