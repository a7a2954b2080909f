// The explorer page's entry: defines the elements; <aiw-explorer> in index.html does the rest.
// Once the page has loaded, a service worker keeps it for offline reading.
import './app/aiw-explorer.ts';
import { registerServiceWorker } from './app/service-worker.ts';

registerServiceWorker();
