// A React 19 app: the widget pointed at the package's own copy of the dataset, a property in
// and a typed event out, through the JSX types in aiw-timeline/react.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'aiw-timeline/embed';
import type {} from 'aiw-timeline/react';
import datasetUrl from 'aiw-timeline/dataset.json?url';
import './index.css';

function App() {
  const [picked, setPicked] = useState('nothing yet');
  return (
    <main>
      <p id="picked">Selected: {picked}</p>
      <aiw-timeline src={datasetUrl} lang="en" noDetail={false} onaiw-select={(e) => setPicked(`${e.detail.kind} ${e.detail.id}`)} />
    </main>
  );
}

// The types are the element's own, not anything goes:
// @ts-expect-error -- theme is "light", "dark" or ""
export const wrongTheme = <aiw-timeline theme="blue" />;
// @ts-expect-error -- an aiw-range-change listener gets { from, to }, not an id
export const wrongListener = <aiw-timeline onaiw-range-change={(e: { detail: { id: string } }) => e.detail.id} />;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
