// The benchmark's datasets: seeded synthetic datasets in our format, and the conversion of
// any of our datasets to TimelineJS JSON, so that every system is fed the same events.

/** A small seeded PRNG (mulberry32): the same seed gives the same dataset on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('perceptron lisp expert system funding report winter boom neural network backprop ' +
  'symbolic logic planner robot vision speech translation chess checkers darpa lighthill fifth ' +
  'generation machine learning benchmark dataset conference paper startup hype compute gpu ' +
  'language model agent reasoning knowledge base inference memory search heuristic').split(' ');
const LANES = ['research', 'funding', 'industry', 'media'];
const FROM = Date.UTC(1950, 0, 1);
const TO = Date.UTC(2026, 11, 31);
const DAY = 86_400_000;

const iso = (t) => new Date(t).toISOString().slice(0, 10);

/**
 * `count` events spread uniformly over 1950–2026, in our Dataset format (valid for the loader):
 * 4 lanes, importance 1 (70 %), 2 (25 %), 3 (5 %), one in ten a span of 1–5 years.
 */
export function syntheticDataset(count, seed = 20261128) {
  const random = prng(seed + count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const events = [];
  for (let i = 0; i < count; i++) {
    const start = FROM + Math.floor(random() * ((TO - FROM) / DAY)) * DAY;
    const r = random();
    const importance = r < 0.05 ? 3 : r < 0.3 ? 2 : 1;
    const span = random() < 0.1 ? Math.min(TO, start + Math.floor((1 + random() * 4) * 365) * DAY) : 0;
    const words = [pick(WORDS), pick(WORDS), pick(WORDS)];
    events.push({
      id: `synthetic-${i + 1}`,
      date: iso(start),
      ...(span > start ? { end: iso(span) } : {}),
      lane: pick(LANES),
      importance,
      title: `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words[1]} ${words[2]} #${i + 1}`,
      summary: `Synthetic event ${i + 1}: ${words.join(', ')} and ${pick(WORDS)} ${pick(WORDS)}.`,
      tags: [pick(WORDS).replace(/ /g, '-')],
      sources: [{ title: `Synthetic source ${i + 1}`, url: `https://example.org/synthetic/${i + 1}` }],
    });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { version: 1, title: `Synthetic dataset, ${count} events`, eras: [], events, quotes: [], pairs: [] };
}

const en = (text) => (text === undefined ? '' : typeof text === 'string' ? text : (text.en ?? text.zh ?? ''));
const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const tlDate = (partial) => {
  const [year, month, day] = partial.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
};

/** Our Dataset → TimelineJS JSON: events and quotes as slides (groups = lanes), eras as eras. */
export function toTimelineJs(dataset) {
  const events = dataset.events.map((e) => ({
    unique_id: e.id,
    start_date: tlDate(e.date),
    ...(e.end ? { end_date: tlDate(e.end) } : {}),
    group: e.lane,
    text: { headline: escape(en(e.title)), text: `<p>${escape(en(e.summary))}</p>` },
  }));
  const quotes = dataset.quotes.map((q) => ({
    unique_id: q.id,
    start_date: tlDate(q.date),
    group: 'voices',
    text: { headline: escape(en(q.speaker)), text: `<p>${escape(q.text)}</p>` },
  }));
  return {
    title: { text: { headline: escape(en(dataset.title) || 'AI winters'), text: '' } },
    events: [...events, ...quotes],
    eras: dataset.eras.map((e) => ({ start_date: tlDate(e.start), end_date: tlDate(e.end), text: { headline: escape(en(e.title)) } })),
  };
}
