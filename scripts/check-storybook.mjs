// After `storybook build`: every component has a docs page and stories in the built workshop.
import { readdirSync, readFileSync } from 'node:fs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const entries = Object.values(index.entries);
const problems = [];
for (const name of readdirSync('src/components')) {
  const mine = entries.filter((entry) => entry.title.split('/').pop() === name);
  if (!mine.some((entry) => entry.type === 'docs' && entry.importPath.endsWith('.mdx')))
    problems.push(`${name} has no written docs page (stories/${name}.mdx)`);
  if (!mine.some((entry) => entry.type === 'story')) problems.push(`${name} has no stories`);
}
if (problems.length > 0) {
  console.error(`Storybook check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const stories = entries.filter((entry) => entry.type === 'story').length;
const docs = entries.filter((entry) => entry.type === 'docs').length;
console.log(`Storybook check: ${stories} stories and ${docs} docs pages built.`);
