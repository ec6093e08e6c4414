import { mkdirSync, writeFileSync } from 'node:fs';
import { exampleFiles } from './example-files';

mkdirSync('public/examples', { recursive: true });
for (const [name, json] of exampleFiles()) {
  writeFileSync(`public/examples/${name}`, json);
  console.log(`wrote public/examples/${name}`);
}
