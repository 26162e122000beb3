// Installs the packed tarball into a fresh app, as a user would, and renders from it through
// ESM `import` and CommonJS `require`, with styles collected on the server.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-pack-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

try {
  const [{ filename, files }] = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', work], root),
  );
  const stray = files
    .map((file) => file.path)
    .filter((file) => !/^(dist\/|package\.json$|README\.md$|LICENSE)/.test(file));
  if (stray.length > 0)
    throw new Error(`The tarball holds files outside dist: ${stray.join(', ')}`);

  const app = path.join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  const peers = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies;
  const versions = ['react', 'react-dom', 'styled-components'].map(
    (name) => `${name}@${peers[name]}`,
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      path.join(work, filename),
      ...versions,
    ],
    app,
  );

  const render = `
    const html = renderToString(sheet.collectStyles(
      createElement(BroadsheetProvider, { messages: de.messages },
        createElement(Callout, { variant: 'tip' }, 'Packed and rendered'),
        createElement(FAQAccordion, { items: [{ question: 'Q?', answer: 'A.' }] }))));
    const styles = sheet.getStyleTags();
    for (const text of ['<aside', 'Profi-Tipp', 'Packed and rendered', 'Q?', 'A.']) {
      if (!html.includes(text)) throw new Error('missing ' + text + ' in ' + html);
    }
    if (!styles.includes('--bs-')) throw new Error('no styles collected');
    console.log(kind + ': rendered ' + html.length + ' characters and ' + styles.length + ' of styles');
  `;
  writeFileSync(
    path.join(app, 'esm.mjs'),
    `import { createElement } from 'react';
     import { renderToString } from 'react-dom/server';
     import { ServerStyleSheet } from 'styled-components';
     import { BroadsheetProvider, Callout, FAQAccordion } from 'broadsheet';
     import * as de from 'broadsheet/messages/de';
     const kind = 'ESM import'; const sheet = new ServerStyleSheet();
     ${render}`,
  );
  writeFileSync(
    path.join(app, 'cjs.cjs'),
    `const { createElement } = require('react');
     const { renderToString } = require('react-dom/server');
     const { ServerStyleSheet } = require('styled-components');
     const { BroadsheetProvider, Callout, FAQAccordion } = require('broadsheet');
     const de = require('broadsheet/messages/de');
     const kind = 'CommonJS require'; const sheet = new ServerStyleSheet();
     ${render}`,
  );
  process.stdout.write(run('node', ['esm.mjs'], app));
  process.stdout.write(run('node', ['cjs.cjs'], app));
  console.log(
    `Pack check: ${filename} installs into a fresh app and renders from ESM and CommonJS.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
