/**
 * Registers the explorer's service worker (written by the build: vite-plugin-pwa, see
 * vite.config.ts), once the page has loaded, so that it never competes with the first view.
 * Not in development, where there is none. A browser that refuses it (private modes, some
 * policies) only loses offline reading: a warning, never an error on the page.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .catch((e: unknown) => console.warn(`aiw-explorer: offline reading is not available (${e instanceof Error ? e.message : String(e)})`));
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
