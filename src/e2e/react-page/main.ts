// A React 19 page that uses the widget as framework users do: the built module, a property
// (`data`) and a custom event (`aiw-select`). React passes both to custom elements.
import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../dist/embed/aiw-timeline.js';
import type { AiwSelectEvent } from '../../events/select.ts';

function App() {
  const [data, setData] = useState<unknown>(null);
  const [picked, setPicked] = useState('nothing yet');
  useEffect(() => {
    void fetch('/embed/dataset.json').then(async (r) => setData(await r.json()));
  }, []);
  return createElement(
    'main',
    null,
    createElement('p', { id: 'picked' }, `Selected: ${picked}`),
    data === null
      ? null
      : createElement('aiw-timeline', {
        data,
        lang: 'en',
          'onaiw-select': (e: AiwSelectEvent) => setPicked(`${e.detail.kind} ${e.detail.id}`),
        }),
  );
}

createRoot(document.getElementById('root')!).render(createElement(App));
