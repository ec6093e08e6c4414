import { conditions } from './conditions';
import { obstacles } from './obstacles';
import { exampleLabel, prescreenGuidance } from './prescreen-guidance';
import { type Setting, settingLabel } from './proposal';
import { findQuestion, type QuestionId } from './questions';
import { tensions } from './tensions';

/** Everything shown in a question's "help" disclosure, gathered from whichever part of the method it is. */
export interface Guidance {
  readonly statement?: string;
  readonly whatMetLooksLike?: string;
  readonly help?: string;
  readonly aspects?: readonly string[];
  readonly poles?: { readonly left: string; readonly right: string };
  readonly prompt?: string;
  readonly seedWords?: string;
  readonly section: string;
  readonly explanation?: string;
  /** Examples in the law of the chosen settings only (every setting's, named, when none is chosen). */
  readonly examples?: readonly { readonly setting: Setting; readonly label: string; readonly text: string }[];
}

function examplesFor(
  examples: Readonly<Partial<Record<Setting, string>>>,
  chosen: readonly Setting[],
): NonNullable<Guidance['examples']> {
  return (Object.entries(examples) as [Setting, string][])
    .filter(([setting]) => chosen.length === 0 || chosen.includes(setting))
    .map(([setting, text]) => ({ setting, label: exampleLabel[setting] ?? settingLabel(setting), text }));
}

/**
 * The help for a question in the law of the chosen settings: a setting's sub-aspects appear only when it is
 * chosen (a US-only assessment never reads about DCB0160); with none chosen, every setting's appear, named.
 */
export function guidanceFor(questionId: string, chosen: readonly Setting[] = []): Guidance | undefined {
  const question = findQuestion(questionId);
  if (!question) return undefined;
  const extra = prescreenGuidance[questionId as QuestionId];
  const base = {
    seedWords: question.cite.quote,
    section: question.cite.section,
    ...(extra ? { explanation: extra.explanation, examples: examplesFor(extra.examples, chosen) } : {}),
  };
  const condition = conditions.find((c) => c.id === questionId);
  if (condition)
    return {
      ...base,
      statement: condition.statement,
      whatMetLooksLike: condition.whatMetLooksLike,
      help: condition.help,
    };
  const obstacle = obstacles.find((o) => o.id === questionId);
  if (obstacle) {
    const bySetting = Object.entries(
      (obstacle as { aspectsBySetting?: Partial<Record<Setting, readonly string[]>> }).aspectsBySetting ?? {},
    ) as [Setting, readonly string[]][];
    const local = bySetting.flatMap(([setting, list]) =>
      chosen.length === 0
        ? list.map((a) => `${settingLabel(setting)}: ${a}`)
        : chosen.includes(setting)
          ? list
          : [],
    );
    return { ...base, statement: obstacle.description, aspects: [...obstacle.aspects, ...local] };
  }
  const tension = tensions.find((t) => t.id === questionId);
  if (tension)
    return { ...base, statement: tension.description, poles: tension.poles, prompt: tension.prompt };
  return base;
}

/** "Seed §5" or the named source for citations outside the talk. */
export const citeLabel = (section: string) =>
  /^\d/.test(section) ? `Yeung (2019), section ${section}` : section;
