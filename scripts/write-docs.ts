import { writeFileSync } from 'node:fs';
import { methodMarkdown } from '../src/framework/method-text';

writeFileSync('docs/method.md', methodMarkdown());
console.log('wrote docs/method.md');
