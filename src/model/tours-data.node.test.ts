/**
 * The project's own tours (data/tours.json) against the project's own data: the three tours
 * the page offers are there, and every step of every tour passes the checker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectDataset } from './fixtures/project-data.ts';
import { DatasetIndex } from './dataset-index.ts';
import { parseToursText } from './load-tours.ts';

const at = (file: string) => new URL(`../../data/${file}`, import.meta.url);
const index = DatasetIndex.of(projectDataset());

describe('the real tours', () => {
  it('data/tours.json exists', () => {
    expect(existsSync(at('tours.json'))).toBe(true);
  });

  it('all pass the checker, with the three tours the page offers', () => {
    const result = parseToursText(readFileSync(at('tours.json'), 'utf8'), 'data/tours.json', index);
    expect(result.errors).toEqual([]);
    expect(result.tours.length).toBeGreaterThanOrEqual(3);
    expect(result.tours.map((t) => t.id)).toEqual(expect.arrayContaining(['two-winters', '1984-2024', 'china-two-booms']));
  });
});
