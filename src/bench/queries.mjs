// 200 realistic search queries, drawn (seeded) from the quotes themselves: words, two-word
// phrases, prefixes (as typed), misspellings (one edit), Chinese runs, and speakers' names.
import { prng } from './data.mjs';

const STOP = new Set('a an and are as at be but by for from had has have he i in is it its of on or our she so that the their them they this to was we were what which who will with you not can would there been than more into about'.split(' '));
const CJK = /[\u3400-\u9fff]/;

const en = (t) => (t === undefined ? '' : typeof t === 'string' ? t : (t.en ?? ''));
const zh = (t) => (t === undefined ? '' : typeof t === 'string' ? (CJK.test(t) ? t : '') : (t.zh ?? ''));

/** @returns {Array<{ q: string, lang: 'en' | 'zh', kind: string }>} */
export function searchQueries(quotes, seed = 7) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const texts = quotes.map((q) => [q.text, en(q.translation), en(q.context), en(q.speakerRole)].join(' ')).filter(Boolean);
  const words = [...new Set(texts.join(' ').toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? [])].filter((w) => !STOP.has(w)).sort();
  const phrases = [];
  for (const t of texts) {
    const ws = t.toLowerCase().match(/[a-z]{3,}/g) ?? [];
    for (let i = 0; i + 1 < ws.length; i++) if (!STOP.has(ws[i]) && !STOP.has(ws[i + 1])) phrases.push(`${ws[i]} ${ws[i + 1]}`);
  }
  const chinese = quotes.flatMap((q) => [q.lang === 'zh' ? q.text : '', zh(q.translation), zh(q.context)]).filter((t) => CJK.test(t));
  const names = quotes.flatMap((q) => [en(q.speaker), zh(q.speaker)]).filter(Boolean);
  const misspell = (w) => {
    const i = 1 + Math.floor(random() * (w.length - 2));
    switch (Math.floor(random() * 4)) {
      case 0: return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
      case 1: return w.slice(0, i) + w.slice(i + 1); // drop
      case 2: return w.slice(0, i) + 'aeiou'[Math.floor(random() * 5)] + w.slice(i + 1); // replace
      default: return w.slice(0, i) + w[i] + w.slice(i); // double
    }
  };
  const out = [];
  for (let i = 0; i < 80; i++) out.push({ q: pick(words), lang: 'en', kind: 'word' });
  for (let i = 0; i < 30; i++) out.push({ q: pick(phrases), lang: 'en', kind: 'phrase' });
  for (let i = 0; i < 20; i++) {
    const w = pick(words);
    out.push({ q: w.slice(0, 3 + Math.floor(random() * Math.max(1, w.length - 3))), lang: 'en', kind: 'prefix' });
  }
  for (let i = 0; i < 40; i++) out.push({ q: misspell(pick(words.filter((w) => w.length >= 5))), lang: 'en', kind: 'misspelling' });
  for (let i = 0; i < 20; i++) {
    const runs = pick(chinese).match(/[\u3400-\u9fff]{2,}/g) ?? ['人工智能'];
    const run = pick(runs);
    const len = 2 + Math.floor(random() * 3);
    const at = Math.floor(random() * Math.max(1, run.length - len));
    out.push({ q: run.slice(at, at + len), lang: 'zh', kind: 'chinese' });
  }
  for (let i = 0; i < 10; i++) {
    const name = pick(names);
    out.push({ q: name, lang: CJK.test(name) ? 'zh' : 'en', kind: 'speaker' });
  }
  return out;
}
