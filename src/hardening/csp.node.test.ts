/**
 * Content-Security-Policy, the build's side: the pages `npm run build` writes carry no inline
 * script, no inline event handler, no inline style and no javascript: URL, so they run under
 * default-src 'self' without 'unsafe-inline'; and no code of ours turns off vis-timeline's
 * module-wide XSS filter. The pages running under the policy are checked in pages.e2e.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), test) : test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** What in an HTML page a strict policy would block or that could run code. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  let inScript: { src: boolean; type: string } | null = null;
  let inStyle = false;
  const parser = new Parser({
    onopentag(name, attrs) {
      for (const [attr, value] of Object.entries(attrs)) {
        if (/^on/i.test(attr)) found.push(`<${name} ${attr}>`);
        if (attr === 'style') found.push(`<${name} style>`);
        if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attr) && /^\s*(javascript|vbscript):/i.test(value)) found.push(`<${name} ${attr}=${value}>`);
      }
      if (name === 'script') inScript = { src: 'src' in attrs, type: attrs.type ?? '' };
      if (name === 'style') inStyle = true;
    },
    ontext(text) {
      if (inScript && !inScript.src && text.trim() && !/^application\/(ld\+)?json$/.test(inScript.type)) found.push(`inline <script>: ${text.trim().slice(0, 40)}`);
      if (inStyle && text.trim()) found.push(`inline <style>: ${text.trim().slice(0, 40)}`);
    },
    onclosetag(name) {
      if (name === 'script') inScript = null;
      if (name === 'style') inStyle = false;
    },
  }, { recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  return found;
}

describe('the built pages under a strict Content-Security-Policy', () => {
  it('contain no inline script, event handler, style or javascript: URL', () => {
    expect(existsSync('dist/index.html'), 'run npm run build first').toBe(true);
    // What the build writes (other tools may copy test pages into dist/test/: not ours to ship).
    const pages = files('dist', (n) => n.endsWith('.html')).filter((p) => !relative('dist', p).startsWith('test'));
    expect(pages.map((p) => relative('dist', p)).sort()).toEqual(expect.arrayContaining(['embed.html', 'index.html']));
    const problems = pages.flatMap((p) => inlineCode(readFileSync(p, 'utf8')).map((f) => `${relative('dist', p)}: ${f}`));
    expect(problems).toEqual([]);
    console.log(`CSP (build): ${pages.length} built pages scanned, ${problems.length} inline scripts, handlers or styles`);
  });

  it('finds what it looks for (the scanner itself)', () => {
    expect(inlineCode('<script>alert(1)</script><script src="/a.js"></script><img src=x onerror=a()><a href=" javascript:x">x</a><p style="color:red">')).toEqual([
      'inline <script>: alert(1)', '<img onerror>', '<a href= javascript:x>', '<p style>',
    ]);
  });

  it('never turns off vis-timeline\'s module-wide XSS filter, in the sources or the built bundles', () => {
    const ours = files('src', (n) => /\.(ts|js|mjs)$/.test(n) && !n.includes('.test.')).filter((f) => !f.startsWith(join('src', 'hardening')));
    const sourceHits = ours.filter((f) => /\bxss\s*:/.test(readFileSync(f, 'utf8')));
    expect(sourceHits).toEqual([]);
    const bundles = files('dist', (n) => n.endsWith('.js'));
    const bundleHits = bundles.filter((f) => /xss:\{disabled:(!0|true)/.test(readFileSync(f, 'utf8')));
    expect(bundleHits).toEqual([]);
    console.log(`CSP (build): ${ours.length} source files and ${bundles.length} bundles checked, vis-timeline's xss option never set`);
  });
});
