// Checks that each built module carries "use client" exactly when it should.
// Every source module's directive must survive the build in both formats, and each
// component entry must match the table below: presentational components stay usable from
// React Server Components, interactive ones mark the client boundary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const expectedClient = {
  Article: false,
  ArticleBody: false,
  ArticleHeader: false,
  Callout: false,
  CommentBox: true,
  FAQAccordion: true,
  NewsletterSignup: true,
  NumberedTrendList: false,
};
const otherEntries = { index: false, 'provider/BroadsheetProvider': true, 'jsonld/index': false };

/** The directives in a module's prologue: the string statements before any other code. */
function directives(code) {
  const found = [];
  const statement = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*\s*(['"])(use [\w ]+|[\w ]+)\1;?/;
  let rest = code;
  for (let match = statement.exec(rest); match; match = statement.exec(rest)) {
    found.push(match[2]);
    rest = rest.slice(match[0].length);
  }
  return found;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const problems = [];
const isClient = (file) => directives(readFileSync(file, 'utf8')).includes('use client');

for (const source of walk('src').filter(
  (file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'),
)) {
  const base = source.replace(/^src\//, 'dist/').replace(/\.tsx?$/, '');
  const wanted = isClient(source);
  for (const built of [`${base}.js`, `${base}.cjs`]) {
    if (!existsSync(built)) problems.push(`${built} is missing (from ${source})`);
    else if (isClient(built) !== wanted)
      problems.push(`${built} ${wanted ? 'lost' : 'gained'} "use client" (source: ${source})`);
  }
}

const components = readdirSync('src/components');
for (const name of components) {
  if (!(name in expectedClient))
    problems.push(`src/components/${name} is not in this check's table`);
}
const entries = [
  ...components
    .filter((name) => name in expectedClient)
    .map((name) => [`components/${name}/index`, expectedClient[name]]),
  ...Object.entries(otherEntries),
];
for (const [entry, client] of entries) {
  for (const built of [`dist/${entry}.js`, `dist/${entry}.cjs`]) {
    if (!existsSync(built)) problems.push(`${built} is missing`);
    else if (isClient(built) !== client)
      problems.push(`${built} should ${client ? '' : 'not '}begin with "use client"`);
  }
}

if (problems.length > 0) {
  console.error(`Directive check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Directive check: ${entries.length} entries and every built module as expected.`);
