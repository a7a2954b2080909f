// 3. Scale: synthetic datasets of each size, ours against bare vis-timeline and TimelineJS:
// first render, frame times of the zoom/pan sequence, heap.
import { interleaved, loadSystem } from '../page-load.mjs';
import { record } from '../results.mjs';

export async function scale(bench) {
  const { config, systems, results, log } = bench;
  log('3. scale: synthetic datasets (ours vs bare vis-timeline vs TimelineJS)');
  for (const n of config.sizes) {
    const src = (s) => `/bench/data/synth-${n}.${s === 'timelinejs' ? 'tl.json' : 'json'}`;
    const { values, reasons } = await interleaved(bench, systems, `scale ${n}`, (s, { frames }) => loadSystem(bench, s, src(s), { frames, heap: true }));
    for (const s of systems) {
      const { render, frames } = reasons[s];
      record(results, `scale.${n}.firstRenderMs.${s}`, values[s].map((v) => v.firstRenderMs), render);
      record(results, `scale.${n}.frameP95Ms.${s}`, values[s].map((v) => v.frameP95Ms), render ?? frames);
      record(results, `scale.${n}.heapBytes.${s}`, values[s].map((v) => v.heapBytes), render);
    }
  }
}
