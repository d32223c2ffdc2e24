// npm run bench [-- --json] [-- --only SECTION]: every measured figure of the project, one section per concern.
// Each section returns plain figures; this file only runs them in order and prints them.
import { sections } from './sections.js';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1]?.split(',') : undefined;

const results: Record<string, unknown> = {};
for (const section of sections) {
  if (only && !only.includes(section.key)) continue;
  if (!json) console.error(`bench: ${section.key}…`);
  const result = await section.run({ log: json ? () => {} : (line: string) => console.log(line) });
  if (result !== undefined) results[section.key] = result;
}
if (json) console.log(JSON.stringify(results));
