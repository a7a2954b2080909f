// The widget with its built-in dataset, and its events typed through the package's declarations.
import { AiwSelectEvent, type AiwTimeline } from 'aiw-timeline/embed';

const timeline: AiwTimeline = document.querySelector('aiw-timeline')!;
const picked = document.querySelector<HTMLParagraphElement>('#picked')!;
timeline.addEventListener('aiw-select', (e) => {
  picked.textContent = `Selected: ${e.detail.kind} ${e.detail.id}`;
});
timeline.addEventListener('aiw-load', (e) => {
  document.body.dataset.loaded = String(e.detail.events);
});
// The class is exported too (for instanceof checks).
console.assert(new AiwSelectEvent('x', 'event').detail.id === 'x');
