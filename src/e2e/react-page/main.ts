// A React 19 page that uses the widget as framework users do: the built module, a property
// (`dataset`) and a custom event (`aiw-select`). React passes both to custom elements.
import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../dist/embed/aiw-timeline.js';

function App() {
  const [dataset, setDataset] = useState<unknown>(null);
  const [picked, setPicked] = useState('nothing yet');
  useEffect(() => {
    void fetch('/embed/dataset.json').then(async (r) => setDataset(await r.json()));
  }, []);
  return createElement(
    'main',
    null,
    createElement('p', { id: 'picked' }, `Selected: ${picked}`),
    dataset === null
      ? null
      : createElement('aiw-timeline', {
        dataset,
        lang: 'en',
          'onaiw-select': (e: Event & { id: string | null; kind: string | null }) => setPicked(`${e.kind} ${e.id}`),
        }),
  );
}

createRoot(document.getElementById('root')!).render(createElement(App));
