import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../scripts/generated-files';

describe('generated files', () => {
  it.each([...generatedFiles()])(
    '%s is in step with its typed source (run npm run generate)',
    (path, content) => {
      expect(readFileSync(path, 'utf8')).toBe(content);
    },
  );
});
