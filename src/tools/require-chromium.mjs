// Fails at once, with one line, when no Chromium can be found for the browser tests.
import { existsSync } from 'node:fs';
import { CHROMIUM as path } from './chromium.mjs';

if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}: install one (apt-get install chromium, or npx playwright install chromium where downloads work) or set CHROME_PATH.`,
  );
  process.exit(1);
}
