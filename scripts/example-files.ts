import { workedExamples } from '../src/framework/examples';
import { currentSchemaVersion, fileFormat } from '../src/schema/assessment-schema';
import { exampleToAssessment } from '../src/schema/example-assessment';

/** Each worked example as an export file: name → JSON text. Written by `npm run examples`. */
export function exampleFiles(): Map<string, string> {
  return new Map(
    workedExamples.map((e) => [
      `${e.id}.json`,
      `${JSON.stringify({ format: fileFormat, schemaVersion: currentSchemaVersion, assessments: [exampleToAssessment(e)] }, null, 2)}\n`,
    ]),
  );
}
